import { element } from '../../core/api.js';
import { CardCache, proposalCard } from './proposal-card.js';

/**
 * The compilation text: with the toggle on, each open proposal (of the delegation followed, or all) is shown
 * in the document right after the paragraph it bears on, tagged "[Ghana, supported by Kenya: replace]" with
 * its word diff, rationale and the reader's actions. Redrawn after each render of the document.
 */
export class CompilationView {
  /**
   * @param {HTMLElement} article
   * @param {{proposals, me, role:string, clauses:()=>Array, labelOf:(clauseId)=>string|undefined, showHistory:(clauseId)=>void}} context
   */
  constructor(article, context) {
    this.article = article;
    this.context = context;
    this.on = false;
    this.cards = new CardCache((p) => proposalCard(p, { ...context, jump: false }), (p) => String(context.versionOf?.(p.clauseId) ?? ''));
    this.toggle = element('button', { type: 'button', class: 'small', id: 'compilation-toggle', 'aria-pressed': 'false' }, 'Compilation');
    this.toggle.title = 'Show the open proposals in the text, each after its paragraph';
    this.toggle.addEventListener('click', () => this.setOn(!this.on));
    context.proposals.onChange(() => this.render());
  }

  setOn(on) {
    this.on = on;
    this.toggle.setAttribute('aria-pressed', String(on));
    document.body.dataset.compilation = on ? 'on' : 'off';
    this.render();
  }

  /** Where a proposal is shown: after the clause it changes, or the one it is inserted after (or in, or before). */
  anchorOf(p) {
    if (p.clauseId) return { clauseId: p.clauseId, before: false };
    if (p.afterClauseId) return { clauseId: p.afterClauseId, before: false };
    if (p.parentId) return { clauseId: p.parentId, before: false };
    const first = this.context.clauses().find((c) => c.kind === p.insertKind);
    return first ? { clauseId: first.clause.id, before: true } : null;
  }

  render() {
    for (const old of this.article.querySelectorAll('.compilation')) old.remove();
    if (!this.on) return;
    const { proposals } = this.context;
    const groups = new Map();
    for (const p of proposals.list({ organization: proposals.filter.organization })) {
      const anchor = this.anchorOf(p);
      if (!anchor) continue;
      const key = `${anchor.clauseId}|${anchor.before}`;
      if (!groups.has(key)) groups.set(key, { anchor, items: [] });
      groups.get(key).items.push(p);
    }
    for (const { anchor, items } of groups.values()) {
      const clause = this.article.querySelector(`[data-clause-id="${CSS.escape(anchor.clauseId)}"]`);
      if (!clause) continue;
      const label = this.context.labelOf(anchor.clauseId) ?? '';
      const box = element('div', { class: 'compilation', role: 'group', 'aria-label': `${anchor.before ? 'Proposals before' : 'Proposals on'} ${label}`, 'data-proposals-for': anchor.clauseId },
        ...items.map((p) => this.cards.card(p, proposals.errors.get(p.id))));
      const body = clause.querySelector(':scope > .body');
      if (anchor.before) clause.before(box);
      else if (body) body.insertBefore(box, body.querySelector(':scope > ol.subs'));
      else clause.after(box);
    }
  }
}
