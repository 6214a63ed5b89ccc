/**
 * Sends a form by script. The form's submit controls are disabled in its HTML until this listens: sent before the
 * page's script has loaded, the form would go as a plain request that reloads the page, and what was pasted or typed
 * into it would be lost with it.
 */
export function sendByScript(form, send) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(event);
  });
  for (const control of form.querySelectorAll('[type=submit]')) control.disabled = false;
}
