// Comment bodies come from the server as HTML rendered from Markdown with raw HTML disabled. They are
// still re-built here from an allow-list, so nothing but plain formatting and http(s)/mailto links
// reaches the page even if the renderer changes.

const allowedTags = new Set(['P', 'BR', 'EM', 'STRONG', 'CODE', 'PRE', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'DEL', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD']);

function copy(node, into) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      into.append(child.textContent);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      if (!allowedTags.has(child.tagName)) {
        copy(child, into);
        continue;
      }
      const clean = document.createElement(child.tagName.toLowerCase());
      const href = child.tagName === 'A' ? child.getAttribute('href') ?? '' : '';
      if (/^(https?:|mailto:)/i.test(href)) {
        clean.setAttribute('href', href);
        clean.setAttribute('rel', 'noopener noreferrer nofollow');
        clean.setAttribute('target', '_blank');
      }
      copy(child, clean);
      into.append(clean);
    }
  }
}

/** A fragment holding the allowed formatting of `html`; text is always inserted as text. */
export function safeHtml(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = document.createDocumentFragment();
  copy(parsed.body, fragment);
  return fragment;
}
