/**
 * Lets a file be dropped on a form as well as picked: the dropped file goes into the form's file input, so the
 * form sends it exactly as a picked one. The form shows that a file is over it.
 */
export function acceptDroppedFiles(form, input) {
  const over = (event) => {
    if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
    event.preventDefault();
    form.classList.add('dropping');
  };
  form.addEventListener('dragenter', over);
  form.addEventListener('dragover', over);
  form.addEventListener('dragleave', () => form.classList.remove('dropping'));
  form.addEventListener('drop', (event) => {
    form.classList.remove('dropping');
    const files = event.dataTransfer?.files;
    if (!files?.length) return;
    event.preventDefault();
    const transfer = new DataTransfer();
    transfer.items.add(files[0]);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
