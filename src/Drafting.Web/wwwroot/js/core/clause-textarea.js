// The textarea both clause editors (direct edit and proposal) type in: sized to its text, opened with the caret placed.

/** Grows or shrinks the textarea to show all its text. */
export function fitTextarea(textarea) {
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}

/** Focuses the textarea with everything selected, or the caret at the end. */
export function openTextarea(textarea, { selectAll = false } = {}) {
  fitTextarea(textarea);
  textarea.focus();
  if (selectAll) textarea.select();
  else textarea.setSelectionRange(textarea.value.length, textarea.value.length);
}
