// Searching agreed language (GET /api/library/search): a form, its hits and "more". Used by the library page and by
// the panel beside a draft. A hit's `marked` is HTML from the server (matched words in <mark>, the rest escaped); it is
// still rebuilt here from text nodes and <mark> elements only, so nothing else can reach the page.
import { api, element } from '../../core/api.js';

/** The nodes of a hit's marked text: text as text, <mark> as <mark>, anything else dropped to its text. */
export function markedNodes(marked) {
  const parsed = new DOMParser().parseFromString(`<body>${marked}</body>`, 'text/html');
  const nodes = [];
  for (const child of parsed.body.childNodes) {
    nodes.push(child.nodeType === Node.ELEMENT_NODE && child.tagName === 'MARK'
      ? element('mark', {}, child.textContent)
      : document.createTextNode(child.textContent));
  }
  return nodes;
}

/** Where a hit comes from, as a delegate cites it: "A/RES/78/113, OP 5 (7 December 2023)" or "draft, OP 2". */
export function citation(hit) {
  const where = hit.kind === 'draft' ? `${hit.symbol || 'your draft'}, ${hit.number}` : `${hit.symbol}, ${hit.number}`;
  return hit.date ? `${where} (${new Date(hit.date).toLocaleDateString(undefined, { dateStyle: 'long', timeZone: 'UTC' })})` : where;
}

export class LibrarySearch {
  /** Builds the form and list inside `container`; `action(hit)` may return a button to show beside each hit. */
  constructor(container, { filters = true, action = null } = {}) {
    this.action = action;
    this.query = element('input', { type: 'search', name: 'q', placeholder: '"strongly condemns" attacks peacekeep*', 'aria-label': 'Search agreed language' });
    this.organ = element('select', { name: 'organ', 'aria-label': 'Organ' },
      element('option', { value: '' }, 'any organ'), element('option', {}, 'General Assembly'), element('option', {}, 'Security Council'));
    this.yearFrom = element('input', { type: 'number', name: 'yearFrom', min: '1946', max: '2100', placeholder: 'from year', 'aria-label': 'From year' });
    this.yearTo = element('input', { type: 'number', name: 'yearTo', min: '1946', max: '2100', placeholder: 'to year', 'aria-label': 'To year' });
    this.symbol = element('input', { type: 'text', name: 'symbol', placeholder: 'symbol starts with', 'aria-label': 'Symbol prefix' });
    this.error = element('p', { class: 'error', role: 'alert' });
    this.hits = element('ol', { class: 'library-hits' });
    this.more = element('button', { type: 'button', hidden: '' }, 'More');
    const form = element('form', { class: 'library-search' },
      this.query,
      filters ? element('div', { class: 'filters' }, this.organ, this.yearFrom, this.yearTo, this.symbol) : null,
      element('input', { type: 'submit', value: 'Search' }));
    form.addEventListener('submit', (event) => { event.preventDefault(); this.search(); });
    this.more.addEventListener('click', () => this.search(this.next));
    container.append(form, this.error, this.hits, this.more);
  }

  async search(after = null) {
    this.error.textContent = '';
    const parameters = new URLSearchParams({ q: this.query.value, limit: '20' });
    for (const field of [this.organ, this.yearFrom, this.yearTo, this.symbol]) {
      if (field.value) parameters.set(field.name, field.value);
    }
    if (after) parameters.set('after', after);
    try {
      const page = await api(`/api/library/search?${parameters}`);
      const items = page.items.map((hit) => element('li', { class: `hit ${hit.kind}` },
        element('div', { class: 'muted' },
          hit.kind === 'library' ? element('a', { href: `/library/${hit.id}#${hit.clauseId}` }, citation(hit)) : element('a', { href: `/resolutions/${hit.id}` }, citation(hit)),
          hit.kind === 'draft' ? element('span', { class: 'badge' }, 'draft') : null),
        element('p', {}, ...markedNodes(hit.marked)),
        this.action ? this.action(hit) : null));
      if (after) this.hits.append(...items); else this.hits.replaceChildren(...items);
      if (!after && items.length === 0) this.hits.replaceChildren(element('li', { class: 'muted' }, 'No paragraph holds all of these words.'));
      this.next = page.next;
      this.more.hidden = !page.next;
    } catch (error) {
      this.error.textContent = error.message;
    }
  }
}
