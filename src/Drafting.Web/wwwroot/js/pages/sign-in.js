const form = document.getElementById('sign-in');
const error = document.getElementById('error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const body = JSON.stringify({ userName: form.userName.value, password: form.password.value });
  const response = await fetch('/api/auth/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, body, credentials: 'same-origin' });
  if (!response.ok) {
    let detail = 'Sign-in failed.';
    try { detail = (await response.json()).detail || detail; } catch { /* not JSON */ }
    error.textContent = detail;
    return;
  }
  const returnUrl = new URLSearchParams(location.search).get('returnUrl');
  location.assign(returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/');
});

// The form posts through the script only: until it listens, a click would send the browser to the API itself.
document.body.dataset.ready = 'true';
