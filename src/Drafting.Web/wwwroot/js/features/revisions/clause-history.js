import { api, element } from '../../core/api.js';
import { segmentsOf } from '../../core/diff.js';

/**
 * A paragraph's versions (GET …/clauses/{id}/history), newest first: the words changed, who wrote each and
 * when, and for a version that came from an accepted proposal "proposed by Ghana, accepted by France".
 * The paragraph the reader is on is preselected; once the reader has asked for a history, it follows that
 * paragraph and the changes made to it.
 */
export class ClauseHistory {
  /**
   * @param {HTMLElement} root
   * @param {{resolutionId:string, clauses:()=>Array}} context
   */
  constructor(root, context) {
    this.root = root;
    this.context = context;
    this.clauseId = null;
    this.select = element('select', { id: 'history-clause', 'aria-label': 'Paragraph' });
    this.select.addEventListener('change', () => this.show(this.select.value, { focus: false }));
    this.heading = element('h2', { tabindex: '-1' }, 'History');
    this.list = element('ol', { class: 'versions', reversed: '' });
    this.message = element('p', { class: 'muted' }, 'Choose a paragraph, or click one in the text, to see its versions.');
    const showButton = element('button', { type: 'button', class: 'small' }, 'Show history');
    showButton.addEventListener('click', () => this.show(this.select.value, { focus: false }));
    root.replaceChildren(this.heading,
      element('p', { class: 'history-pick' }, element('label', { class: 'inline', for: 'history-clause' }, 'Paragraph '), this.select, ' ', showButton),
      this.message, this.list);
  }

  /** The paragraphs as now numbered. */
  setClauses() {
    const clauses = this.context.clauses();
    this.select.replaceChildren(element('option', { value: '' }, '—'),
      ...clauses.map((c) => element('option', { value: c.clause.id }, c.label)));
    this.select.value = clauses.some((c) => c.clause.id === this.clauseId) ? this.clauseId : '';
  }

  /** Shows a paragraph's history; from a "History" button the panel comes into view. */
  async show(clauseId, { focus = true } = {}) {
    this.following = true;
    this.clauseId = clauseId || null;
    this.select.value = clauseId ?? '';
    if (focus) {
      this.root.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      this.heading.focus({ preventScroll: true });
    }
    await this.load();
  }

  /** The reader is on a paragraph (clicked or focused it): follow it, without stealing focus. */
  follow(clauseId) {
    if (!this.following) { this.select.value = clauseId; return; }
    if (clauseId === this.clauseId) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(clauseId, { focus: false }).catch(() => {}), 150);
  }

  /** A clause changed: its history has one more version. */
  changed(clauseId) {
    if (clauseId === this.clauseId) {
      clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => this.load().catch(() => {}), 300);
    }
  }

  async load() {
    const clauseId = this.clauseId;
    if (!clauseId) { this.list.replaceChildren(); this.message.hidden = false; return; }
    let versions;
    try {
      versions = await api(`/api/resolutions/${this.context.resolutionId}/clauses/${encodeURIComponent(clauseId)}/history`);
    } catch (failure) {
      if (clauseId !== this.clauseId) return;
      this.message.hidden = false;
      this.message.textContent = failure.message;
      this.list.replaceChildren();
      return;
    }
    if (clauseId !== this.clauseId) return;
    this.message.hidden = true;
    this.list.replaceChildren(...[...versions].reverse().map((v) => {
      const when = v.at ? new Date(v.at) : null;
      return element('li', { class: 'version', value: String(v.version), 'data-version': String(v.version) },
        element('header', {},
          element('strong', {}, `Version ${v.version}`),
          when && !Number.isNaN(when.getTime()) ? element('time', { datetime: v.at, class: 'muted' }, when.toLocaleString()) : null),
        element('p', { class: 'who' }, authorship(v)),
        v.source ? element('p', { class: 'source muted' }, element('a', { href: `/library/${v.source.libraryId}#${v.source.paragraph}` }, v.source.label)) : null,
        element('p', { class: 'diff' }, ...(v.version === 1 ? [v.text] : segmentsOf(v.changes))));
    }));
  }
}

function authorship(v) {
  const by = v.by ? `${v.by.organization}${v.by.displayName ? ` (${v.by.displayName})` : ''}` : null;
  if (v.proposedBy) return `proposed by ${v.proposedBy}${by ? `, accepted by ${by}` : ''}`;
  return by ? `by ${by}` : 'imported';
}
