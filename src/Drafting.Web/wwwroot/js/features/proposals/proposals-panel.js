import { element } from '../../core/api.js';
import { CardCache, proposalCard } from './proposal-card.js';

/**
 * The side panel of proposals: filter by delegation and status, cards in document order with the actions the
 * reader's role allows, and the compilation text (HTML, Word) for the delegation chosen.
 */
export class ProposalsPanel {
  /**
   * @param {HTMLElement} root
   * @param {{resolutionId:string, proposals, me, role:string, canExport:boolean, orderOf:(clauseId)=>number,
   *          labelOf:(clauseId)=>string|undefined, focusClause:(clauseId)=>void, showHistory:(clauseId)=>void}} context
   */
  constructor(root, context) {
    this.root = root;
    this.context = context;
    this.cards = new CardCache((p) => proposalCard(p, { ...context, jump: true }), (p) => String(context.versionOf?.(p.clauseId) ?? ''));
    this.organization = element('select', { id: 'proposal-delegation', 'aria-label': 'Delegation' });
    this.organization.addEventListener('change', () => context.proposals.setFilter({ organization: this.organization.value }));
    this.status = element('select', { id: 'proposal-status', 'aria-label': 'Which proposals' },
      element('option', { value: 'open' }, 'Open'),
      element('option', { value: 'all' }, 'All, with decisions'));
    // Until the reader chooses, the open ones are shown, or every decided one when none is open (a closed negotiation).
    this.status.addEventListener('change', () => { this.statusChosen = true; this.render(); });
    this.count = element('span', { class: 'badge count', 'aria-live': 'polite' });
    this.exports = element('p', { class: 'exports', hidden: '' });
    this.list = element('div', { class: 'proposals' });
    root.replaceChildren(
      element('h2', {}, 'Proposals ', this.count),
      element('p', { class: 'filters' },
        element('span', {}, element('label', { class: 'inline', for: 'proposal-delegation' }, 'Delegation '), this.organization),
        element('span', {}, element('label', { class: 'inline', for: 'proposal-status' }, 'Show '), this.status)),
      this.exports,
      this.list);
    context.proposals.onChange(() => this.render());
  }

  render() {
    const { proposals } = this.context;
    const chosen = proposals.filter.organization;
    this.organization.replaceChildren(element('option', { value: '' }, 'All delegations'),
      ...proposals.organizations().map((o) => element('option', { value: o }, o)));
    this.organization.value = chosen;
    const open = proposals.list({ organization: chosen });
    this.count.textContent = `${open.length} open`;
    if (!this.statusChosen) this.status.value = open.length || !proposals.list({ status: 'all', organization: chosen }).length ? 'open' : 'all';
    const shown = proposals.list({ status: this.status.value, organization: chosen });
    const at = (p) => this.context.orderOf(p.clauseId ?? p.afterClauseId ?? p.parentId);
    shown.sort((a, b) => (b.status === 'open') - (a.status === 'open') || at(a) - at(b) || a.seq - b.seq);
    this.list.replaceChildren(...(shown.length
      ? shown.map((p) => this.cards.card(p, proposals.errors.get(p.id)))
      : [element('p', { class: 'muted' }, chosen ? `No open proposals from ${chosen}.` : 'No open proposals.')]));
    if (this.context.canExport) {
      const query = `compilation=true${chosen ? `&organization=${encodeURIComponent(chosen)}` : ''}`;
      const base = `/api/resolutions/${this.context.resolutionId}/export`;
      this.exports.hidden = false;
      this.exports.replaceChildren('Compilation text: ',
        element('a', { href: `${base}/html?${query}`, target: '_blank', rel: 'noopener', 'data-export': 'compilation-html' }, 'HTML'), ' · ',
        element('a', { href: `${base}/docx?${query}`, download: '', 'data-export': 'compilation-docx' }, 'Word'));
    }
  }
}
