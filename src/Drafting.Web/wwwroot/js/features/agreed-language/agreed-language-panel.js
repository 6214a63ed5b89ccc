// Beside a draft: search agreed language, and check which paragraphs of the draft are adopted text
// (GET /api/resolutions/{id}/agreed-language: "as in A/RES/78/113 PP 4, 3 words differ"). A hit is inserted or
// proposed as a new paragraph with its source ({libraryId, paragraph}), which the clause history then shows.
import { api, element } from '../../core/api.js';
import { segmentsOf } from '../../core/diff.js';
import { LibrarySearch, citation } from './library-search.js';

export class AgreedLanguagePanel {
  /**
   * @param {HTMLElement} container
   * @param {{resolutionId:string, take?:{mode:()=>('insert'|'propose'|null), insert:(hit)=>Promise<void>, propose:(hit)=>Promise<void>}}} context
   * `take` says what a hit's button does now: insert it as a paragraph (open editing, for those who edit) or
   * propose it (proposals mode); either way its source goes with it.
   */
  constructor(container, { resolutionId, take = null }) {
    this.resolutionId = resolutionId;
    this.result = element('ol', { class: 'agreed-list' });
    this.error = element('p', { class: 'error', role: 'alert' });
    const check = element('button', { type: 'button' }, 'Check this draft');
    check.addEventListener('click', () => this.check());
    this.yearsHeading = element('h3', { tabindex: '-1', hidden: '' }, 'Across years');
    // The series followed: the resolutions' title, or the Council's agenda item ("The situation in Cyprus").
    this.series = element('p', { class: 'muted series', hidden: '' });
    this.years = element('ol', { class: 'years' });
    container.append(element('h2', {}, 'Agreed language'), element('p', {}, check, ' ', element('a', { href: '/library' }, 'Library')), this.error, this.result,
      this.yearsHeading, this.series, this.years);
    new LibrarySearch(container, {
      filters: false,
      action: (hit) => {
        const copy = element('button', { type: 'button', class: 'link' }, 'Copy');
        copy.addEventListener('click', () => navigator.clipboard?.writeText(hit.text));
        const how = hit.kind === 'library' ? take?.mode() : null;
        if (!how) return copy;
        const label = how === 'propose' ? 'Propose as a paragraph' : 'Insert as a paragraph';
        const add = element('button', { type: 'button', class: 'small take-hit', 'data-take': how, 'aria-label': `${label}: ${citation(hit)}` }, label);
        add.addEventListener('click', async () => {
          add.disabled = true;
          this.error.textContent = '';
          try {
            await (how === 'propose' ? take.propose(hit) : take.insert(hit));
            add.replaceWith(element('span', { class: 'muted taken' }, how === 'propose' ? 'Proposed' : 'Inserted'));
          } catch (failure) {
            this.error.textContent = failure.message;
            add.disabled = false;
          }
        });
        return element('span', {}, copy, ' ', add);
      },
    });
  }

  /**
   * A paragraph across the years. With `clauseId`, the draft's own paragraph
   * (GET /api/resolutions/{id}/agreed-language/{clauseId}/history): the series of its closest adopted paragraph, then
   * the draft's text last with its word diff from the latest adopted one. Without, an adopted paragraph
   * (GET /api/library/paragraphs/{id}/{paragraph}/history). Oldest first, each with what changed from the one before.
   */
  async showHistory(source, clauseId = null) {
    this.error.textContent = '';
    try {
      const history = clauseId
        ? await api(`/api/resolutions/${this.resolutionId}/agreed-language/${encodeURIComponent(clauseId)}/history`)
        : await api(`/api/library/paragraphs/${source.id}/${encodeURIComponent(source.paragraph)}/history`);
      this.yearsHeading.hidden = false;
      this.yearsHeading.textContent = clauseId ? `${history.number} of this draft across years` : `${source.symbol} ${source.number} across years`;
      this.series.hidden = !history.title;
      this.series.textContent = history.title ? `Series: ${history.title}` : '';
      this.years.replaceChildren(...history.items.map((item, i) => element('li', {
        class: `year${item.asked ? ' asked' : ''}`, 'data-kind': item.kind, 'data-symbol': item.kind === 'draft' ? null : item.symbol,
      },
      element('div', { class: 'muted' },
        item.kind === 'draft'
          ? `This draft, ${item.number}`
          : element('a', { href: `/library/${item.id}#${item.paragraph}` }, `${item.symbol}, ${item.number}`),
        item.kind !== 'draft' && item.date ? ` (${item.date.slice(0, 4)})` : '',
        i > 0 && item.unchanged ? ' — unchanged' : ''),
      element('p', { class: 'diff' }, ...(i === 0 ? [item.text] : segmentsOf(item.changes))))));
      this.yearsHeading.scrollIntoView({ block: 'nearest' });
      this.yearsHeading.focus({ preventScroll: true });
    } catch (failure) {
      this.error.textContent = failure.message;
    }
  }

  async check() {
    this.error.textContent = '';
    try {
      const found = await api(`/api/resolutions/${this.resolutionId}/agreed-language`);
      this.result.replaceChildren(...found.clauses.map((c) => element('li', {},
        element('strong', {}, `${c.number}: `),
        c.source
          ? this.sourceLink(c.source, c.clauseId)
          : element('span', { class: 'muted' }, 'no adopted paragraph close to it'))));
    } catch (failure) {
      this.error.textContent = failure.message;
    }
  }

  sourceLink(source, clauseId) {
    const open = element('button', { type: 'button', class: 'link' }, source.label);
    open.addEventListener('click', () => this.showHistory(source, clauseId));
    return open;
  }
}
