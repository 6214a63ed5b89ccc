// "Comment on selection": a button that follows a selection lying within one clause's text.

/** The clause and offsets of the current selection when it lies within one clause's text. */
function selectedSpan() {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const text = range.commonAncestorContainer.parentElement?.closest('[data-text-of]')
    ?? (range.commonAncestorContainer.nodeType === Node.ELEMENT_NODE ? range.commonAncestorContainer.closest('[data-text-of]') : null);
  if (!text) return null;
  const before = document.createRange();
  before.setStart(text, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return { clauseId: text.dataset.textOf, text: text.textContent, start, end, rect: range.getBoundingClientRect() };
}

/**
 * @param {HTMLElement} button the floating "Comment" button
 * @param {{canComment:()=>boolean, startComment:(clauseId, text, start, end)=>void}} hooks
 */
export function commentOnSelection(button, hooks) {
  let pending = null;
  document.addEventListener('selectionchange', () => {
    pending = hooks.canComment() ? selectedSpan() : null;
    button.hidden = !pending;
    if (pending) {
      button.style.top = `${pending.rect.bottom + window.scrollY + 6}px`;
      button.style.left = `${Math.max(8, Math.min(pending.rect.left + window.scrollX, document.documentElement.clientWidth - 160))}px`;
    }
  });
  button.addEventListener('mousedown', (event) => event.preventDefault()); // keep the selection
  button.addEventListener('click', () => {
    if (!pending) return;
    const span = pending;
    button.hidden = true;
    hooks.startComment(span.clauseId, span.text, span.start, span.end);
  });
}
