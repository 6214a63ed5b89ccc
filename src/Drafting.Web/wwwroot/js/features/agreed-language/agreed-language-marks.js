// The quiet mark beside each paragraph of a draft that is agreed language: "≡" when an adopted paragraph has the same
// words, "≈" when it differs by a few ("as in S/RES/2253 (2015) OP 5, 3 words differ" on hover and for screen readers).
// The whole draft is checked once (GET …/agreed-language); after that a changed paragraph alone is checked again
// (?clause=), a while after its last change, so typing never waits for it.
import { api, element } from '../../core/api.js';

const quiet = 800;

export class AgreedLanguageMarks {
  /**
   * @param {HTMLElement} article the document view
   * @param {{resolutionId:string, open?:(source)=>void}} context `open(source, clauseId)` shows the marked paragraph across the years
   */
  constructor(article, { resolutionId, open = null }) {
    this.article = article;
    this.resolutionId = resolutionId;
    this.open = open;
    /** Clause id → its closest adopted paragraph, or null. */
    this.sources = new Map();
    this.timers = new Map();
    /** Paragraphs checked alone since the whole draft's check was asked for: their own answer is the newer one. */
    this.checkedAlone = new Set();
  }

  /** Checks every paragraph of the draft (seconds on a long draft against a full library: the page does not wait for it). */
  async loadAll() {
    this.checkedAlone.clear();
    const found = await api(`/api/resolutions/${this.resolutionId}/agreed-language`);
    for (const c of found.clauses) if (!this.checkedAlone.has(c.clauseId)) this.sources.set(c.clauseId, c.source);
    this.apply();
  }

  /** A paragraph's text changed: check it alone again once it has been still for a moment. */
  changed(clauseId) {
    clearTimeout(this.timers.get(clauseId));
    // Changed while the whole draft was being checked: that answer may predate the change.
    this.checkedAlone.add(clauseId);
    this.timers.set(clauseId, setTimeout(() => {
      this.timers.delete(clauseId);
      api(`/api/resolutions/${this.resolutionId}/agreed-language?clause=${encodeURIComponent(clauseId)}`)
        .then((found) => {
          for (const c of found.clauses) this.sources.set(c.clauseId, c.source);
          this.applyTo(clauseId);
        })
        .catch(() => {});
    }, quiet));
  }

  /** Puts the marks back after the document was drawn again. */
  apply() {
    for (const clause of this.article.querySelectorAll('[data-clause-id]')) this.applyTo(clause.dataset.clauseId);
  }

  applyTo(clauseId) {
    const clause = this.article.querySelector(`[data-clause-id="${CSS.escape(clauseId)}"]`);
    const markers = clause?.querySelector(':scope > .markers, :scope > .body > .markers');
    if (!markers) return;
    markers.querySelector(':scope > .agreed-mark')?.remove();
    const source = this.sources.get(clauseId);
    if (!source) return;
    const mark = element('button', {
      type: 'button', class: 'agreed-mark', title: `${source.label} — click for its history across years`, 'aria-label': source.label,
      'data-agreed': source.identical ? 'identical' : 'differs', 'data-clause-of': clauseId,
    }, source.identical ? '≡' : '≈');
    mark.addEventListener('click', (event) => { event.stopPropagation(); this.open?.(source, clauseId); });
    markers.append(mark);
  }
}
