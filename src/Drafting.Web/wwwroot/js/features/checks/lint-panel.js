import { api, element } from '../../core/api.js';

/** Editorial findings (GET …/lint), each linking to its clause. */
export class LintPanel {
  constructor(root, { resolutionId, labelOf, focusClause }) {
    this.root = root;
    this.context = { resolutionId, labelOf, focusClause };
    this.list = element('ul', { class: 'findings' });
    root.replaceChildren(element('h2', {}, 'Editorial checks'), this.list);
  }

  /** Refreshes at most once a second while the text changes. */
  refreshSoon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 1000);
  }

  async refresh() {
    const findings = await api(`/api/resolutions/${this.context.resolutionId}/lint`);
    if (!findings.length) {
      this.list.replaceChildren(element('li', { class: 'muted' }, 'No findings.'));
      return;
    }
    this.list.replaceChildren(...findings.map((f) => {
      const where = f.clauseId ? this.context.labelOf(f.clauseId) : null;
      const item = element('li', { class: `finding severity-${f.severity}` });
      if (where) {
        const link = element('button', { type: 'button', class: 'link', 'data-finding-clause': f.clauseId }, where);
        link.addEventListener('click', () => this.context.focusClause(f.clauseId));
        item.append(link, ': ');
      }
      item.append(f.message);
      return item;
    }));
  }
}
