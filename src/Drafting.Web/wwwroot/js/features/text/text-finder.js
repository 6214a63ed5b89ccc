import { element } from '../../core/api.js';

// Moving in a long text: "go to" a paragraph by its printed number (PP 4, OP 57, OP 12 (c)) and search in the text with
// every hit highlighted. Hits are drawn with the CSS Custom Highlight API, so the text's own nodes (and open editors)
// are never touched.

/** "OP 12 (c)", "op12(c)", " op 12 ( c ) " → "op12(c)"; a bare number means an operative paragraph. */
export function normalizeLabel(text) {
  const compact = text.toLowerCase().replace(/\s+/g, '');
  return /^\d/.test(compact) ? `op${compact}` : compact;
}

/** The clause a typed label names: exact first, then without brackets ("OP 12 c"). */
export function findLabel(clauses, typed) {
  const wanted = normalizeLabel(typed);
  if (!wanted) return null;
  const bare = (label) => label.replace(/[()]/g, '');
  return clauses.find((c) => normalizeLabel(c.label) === wanted)
    ?? clauses.find((c) => bare(normalizeLabel(c.label)) === bare(wanted)) ?? null;
}

export class TextFinder {
  /**
   * @param {HTMLElement} root where the go-to and search fields go
   * @param {{article:HTMLElement, clauses:()=>Array, focusClause:(id:string)=>void}} options
   */
  constructor(root, { article, clauses, focusClause }) {
    this.article = article;
    this.clauses = clauses;
    this.focusClause = focusClause;
    this.hits = [];
    this.current = -1;

    this.goto = element('input', { type: 'text', id: 'goto', placeholder: 'OP 57', 'aria-label': 'Go to paragraph (PP 4, OP 57, OP 12 (c))', autocomplete: 'off' });
    const gotoForm = element('form', { class: 'goto', role: 'search' }, element('label', { for: 'goto', class: 'inline' }, 'Go to '), this.goto,
      element('button', { type: 'submit', class: 'small' }, 'Go'));
    gotoForm.addEventListener('submit', (event) => { event.preventDefault(); this.goTo(this.goto.value); });

    this.search = element('input', { type: 'search', id: 'find', placeholder: 'Search in the text', 'aria-label': 'Search in the text', autocomplete: 'off' });
    this.count = element('span', { id: 'find-count', class: 'muted', 'aria-live': 'polite' });
    const previous = element('button', { type: 'button', class: 'small', 'aria-label': 'Previous hit' }, '↑');
    const next = element('button', { type: 'button', class: 'small', 'aria-label': 'Next hit' }, '↓');
    previous.addEventListener('click', () => this.step(-1));
    next.addEventListener('click', () => this.step(1));
    let timer = 0;
    this.search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => this.find(this.search.value), 120); });
    this.search.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      clearTimeout(timer);
      if (this.stale()) this.find(this.search.value);
      else this.step(event.shiftKey ? -1 : 1);
    });
    const searchForm = element('div', { class: 'find' }, this.search, previous, next, this.count);
    this.message = element('span', { id: 'goto-message', class: 'error', role: 'status' });
    root.append(gotoForm, searchForm, this.message);
  }

  goTo(typed) {
    this.message.textContent = '';
    const found = findLabel(this.clauses(), typed);
    if (!found) {
      const all = this.clauses();
      const pp = all.filter((c) => c.kind === 'preambular').length;
      const op = all.filter((c) => c.kind === 'operative').length;
      this.message.textContent = `No paragraph “${typed.trim()}”: the text has PP 1–${pp} and OP 1–${op}.`;
      return;
    }
    this.focusClause(found.clause.id);
  }

  /** Whether the text changed under the hits (a re-render replaces its nodes). */
  stale() { return this.hits.some((range) => !range.startContainer.isConnected); }

  find(query) {
    const words = query.trim().toLowerCase();
    this.hits = [];
    this.current = -1;
    if (words.length >= 2) {
      for (const text of this.article.querySelectorAll('[data-text-of]')) this.collect(text, words);
    }
    this.paint();
    if (this.hits.length) this.step(1);
    else this.count.textContent = words.length >= 2 ? 'No hit' : '';
  }

  /** Every occurrence in one paragraph, also across its text nodes (an italic opening, a commented span). */
  collect(container, words) {
    const nodes = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    let full = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: full.length });
      full += node.data;
    }
    const lower = full.toLowerCase();
    const at = (offset) => {
      let i = nodes.length - 1;
      while (i > 0 && nodes[i].start > offset) i--;
      return [nodes[i].node, offset - nodes[i].start];
    };
    for (let from = lower.indexOf(words); from >= 0; from = lower.indexOf(words, from + words.length)) {
      const range = new Range();
      range.setStart(...at(from));
      const [endNode, endOffset] = at(from + words.length - 1);
      range.setEnd(endNode, endOffset + 1);
      this.hits.push(range);
    }
  }

  step(direction) {
    if (!this.hits.length) return;
    this.current = (this.current + direction + this.hits.length) % this.hits.length;
    this.paint();
    this.count.textContent = `${this.current + 1} of ${this.hits.length}`;
    const target = this.hits[this.current].startContainer.parentElement;
    target?.scrollIntoView({ block: 'center' });
  }

  paint() {
    if (!globalThis.CSS?.highlights) return;
    CSS.highlights.set('search-hits', new Highlight(...this.hits));
    const current = this.hits[this.current];
    if (current) CSS.highlights.set('search-current', new Highlight(current));
    else CSS.highlights.delete('search-current');
  }
}
