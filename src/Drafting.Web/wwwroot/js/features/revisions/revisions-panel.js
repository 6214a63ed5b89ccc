import { api, element, present } from '../../core/api.js';
import { silenceEntry } from '../../core/silence-record.js';

/**
 * Published revisions (GET/POST …/revisions) and their comparison (GET …/diff?from=N&to=M, per-clause
 * segments). Every server has them now: the page no longer reads the whole OpenAPI document to ask (a cold load
 * waited for it).
 */
export class RevisionsPanel {
  constructor(root, { resolutionId, canPublish, onRevisions, labelOf, command }) {
    this.root = root;
    this.context = { resolutionId, canPublish, onRevisions, labelOf, command };
    root.hidden = true;
  }

  async start() {
    this.root.hidden = false;
    this.list = element('ol', { class: 'revisions' });
    this.empty = element('p', { class: 'muted empty-revisions', hidden: '' });
    this.from = element('select', { id: 'diff-from', 'aria-label': 'Compare from' });
    this.to = element('select', { id: 'diff-to', 'aria-label': 'Compare to' });
    this.diff = element('div', { class: 'diff' });
    const compare = element('button', { type: 'button', class: 'small' }, 'Compare');
    compare.addEventListener('click', () => this.compare());
    const publish = this.context.canPublish ? this.publishForm() : null;
    this.compareRow = element('p', { class: 'compare' }, this.from, ' → ', this.to, ' ', compare);
    this.root.replaceChildren(...present(element('h2', {}, 'Revisions'), publish, this.list, this.empty, this.compareRow, this.diff));
    await this.refresh();
  }

  publishForm() {
    const label = element('input', { type: 'text', id: 'revision-label', placeholder: 'Zero draft', 'aria-label': 'Revision label' });
    this.label = label;
    this.findings = element('p', { class: 'muted findings' });
    const error = element('p', { class: 'error', role: 'alert' });
    const form = element('form', { class: 'publish' }, label, ' ', element('button', { type: 'submit', class: 'small primary' }, 'Publish revision'), this.findings, error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await this.context.command(`/api/resolutions/${this.context.resolutionId}/revisions`, { body: { label: label.value }, quiet: true });
        label.value = '';
        await this.refresh();
      } catch (failure) {
        error.textContent = failure.message;
      }
    });
    return form;
  }

  async refresh() {
    if (this.root.hidden) return;
    const [revisions, silences] = await Promise.all([
      api(`/api/resolutions/${this.context.resolutionId}/revisions`),
      api(`/api/resolutions/${this.context.resolutionId}/silences`).catch(() => []),
    ]);
    // The resolution's history: each revision with the silences it went through, and what ended each one.
    const labelOf = (n) => revisions.find((r) => r.number === n)?.label ?? `Revision ${n}`;
    this.list.replaceChildren(...revisions.map((r) => {
      const underSilence = silences.filter((s) => s.revision === r.number).reverse();
      return element('li', { value: String(r.number) },
        `${r.label ?? `Revision ${r.number}`}`, r.publishedAt ? element('span', { class: 'muted' }, ` · ${new Date(r.publishedAt).toLocaleDateString()}`) : null,
        underSilence.length ? element('ol', { class: 'revision-silences' }, ...underSilence.map((s) => silenceEntry(s, labelOf))) : null);
    }));
    // Before the first revision: what the text is, and nothing to compare yet.
    this.empty.textContent = emptyState(this.context.canPublish);
    this.empty.hidden = revisions.length > 0;
    this.list.hidden = !revisions.length;
    this.compareRow.hidden = !revisions.length;
    const options = () => revisions.map((r) => element('option', { value: String(r.number) }, r.label ?? `Revision ${r.number}`));
    this.from.replaceChildren(...options());
    this.to.replaceChildren(...options(), element('option', { value: '' }, 'Current text'));
    this.to.value = '';
    if (this.label) {
      this.label.value = nextLabel(revisions);
      this.showFindings().catch(() => {});
    }
    this.context.onRevisions(revisions);
  }

  /** Open editorial findings, shown before a revision goes out. */
  async showFindings() {
    const findings = await api(`/api/resolutions/${this.context.resolutionId}/lint`);
    const count = Array.isArray(findings) ? findings.length : (findings.findings?.length ?? 0);
    this.findings.textContent = count ? `${count} editorial finding${count === 1 ? '' : 's'} open (see Checks) before publishing.` : '';
  }

  async compare() {
    const to = this.to.value ? `&to=${encodeURIComponent(this.to.value)}` : '';
    const diff = await api(`/api/resolutions/${this.context.resolutionId}/diff?from=${encodeURIComponent(this.from.value)}${to}`);
    // Clauses come in merged order, sub-paragraphs nested; only what changed is shown, each under its reference.
    const changed = [];
    const visit = (clause) => {
      if (clause.change !== 'unchanged' || clause.moved) changed.push(clause);
      (clause.subparagraphs ?? []).forEach(visit);
    };
    [...(diff.preambular ?? []), ...(diff.operative ?? [])].forEach(visit);
    const summary = diff.summary
      ? `${diff.summary.modified} changed, ${diff.summary.inserted} added, ${diff.summary.deleted} deleted, ${diff.summary.moved} moved`
      : '';
    const sponsors = diff.sponsors && (diff.sponsors.joined.length || diff.sponsors.withdrawn.length)
      ? element('p', { class: 'diff-sponsors' },
        diff.sponsors.joined.length ? `Joined: ${diff.sponsors.joined.join(', ')}. ` : '',
        diff.sponsors.withdrawn.length ? `Withdrew: ${diff.sponsors.withdrawn.join(', ')}.` : '')
      : null;
    this.diff.replaceChildren(
      element('p', { class: 'diff-summary' }, summary || 'No changes.'),
      ...(sponsors ? [sponsors] : []),
      ...changed.map((clause) => element('p', { class: `diff-clause diff-${clause.change}`, 'data-clause-id': clause.id },
        element('strong', {}, `${referenceOf(clause)} `),
        ...(clause.change === 'movedAway' ? [element('em', {}, 'moved from here')] : clause.segments.map((s) => {
          if (s.kind === 'inserted') return element('ins', {}, s.text);
          if (s.kind === 'deleted') return element('del', {}, s.text);
          return document.createTextNode(s.text);
        })))));
  }
}

/** Before the first revision: what the text is, and for whoever publishes, what to do when it is ready. */
function emptyState(canPublish) {
  return 'No revision has been published yet: this is the zero draft, still being written.'
    + (canPublish ? ' When it is ready to circulate, publish it as the zero draft.' : ' Revisions appear here once the secretariat or the pen-holder publishes one.');
}

function referenceOf(clause) {
  if (clause.change === 'inserted') return `${clause.newReference} (new)`;
  if (clause.change === 'deleted' || clause.change === 'movedAway') return `${clause.oldReference}${clause.change === 'deleted' ? ' (deleted)' : ''}`;
  if (clause.moved) return `${clause.newReference} (was ${clause.oldReference})`;
  return clause.oldReference === clause.newReference ? clause.newReference : `${clause.newReference} (was ${clause.oldReference})`;
}

/** The label after the last published one: "Rev.2" after "Rev.1", "Rev.1" after the zero draft, "Zero draft" first. */
export function nextLabel(revisions) {
  const last = revisions.at(-1)?.label;
  if (!last) return 'Zero draft';
  const numbered = /^(.*?)(\d+)$/.exec(last.trim());
  return numbered ? `${numbered[1]}${Number(numbered[2]) + 1}` : 'Rev.1';
}
