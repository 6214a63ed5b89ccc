import { element, present } from '../core/api.js';
import { roleName, stageName } from '../core/names.js';

// What an import left to check: the importer's warnings with their line numbers, and drafts the user already has
// under the same symbol. Shown on the resolutions page, next to the pasted text the line numbers refer to, and kept
// (for this tab) until the user dismisses it.

const storageKey = 'drafting.import-report';

/** Whether an import's answer leaves something for the user to read before opening the draft. */
export function needsReport(created) {
  return Boolean(created.warnings?.length || created.sameSymbol?.length);
}

export class ImportReport {
  constructor(root) {
    this.root = root;
  }

  /** Shows the report of `created` (the import's answer); `where` is "Line" for text, "Paragraph" for Word. */
  show(created, where) {
    const report = {
      id: created.id,
      name: created.symbol || created.title || created.code || `${created.organ} draft`,
      where,
      warnings: created.warnings ?? [],
      sameSymbol: created.sameSymbol ?? [],
    };
    try { sessionStorage.setItem(storageKey, JSON.stringify(report)); } catch { /* private mode: shown, not kept */ }
    this.render(report);
  }

  /** The report kept from before a reload or a visit to the draft, if it was not dismissed. */
  restore() {
    let report = null;
    try { report = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null'); } catch { /* unreadable: none */ }
    if (report) this.render(report);
  }

  dismiss() {
    try { sessionStorage.removeItem(storageKey); } catch { /* nothing kept */ }
    this.root.hidden = true;
    this.root.replaceChildren();
  }

  render(report) {
    const count = report.warnings.length;
    const dismiss = element('button', { type: 'button', class: 'small' }, 'Dismiss');
    dismiss.addEventListener('click', () => this.dismiss());
    this.root.replaceChildren(...present(
      element('h2', {}, `Imported ${report.name}`, count ? `: ${count} thing${count === 1 ? '' : 's'} to check` : ''),
      ...report.sameSymbol.map((existing) => element('p', { class: 'same-symbol', role: 'alert' },
        element('strong', {}, `You already have a draft with the symbol ${existing.symbol}`),
        ` (${stageName(existing.stage)}, you are ${roleName(existing.role)}). The import made a second one. `,
        element('a', { href: `/resolutions/${existing.id}`, class: 'open-existing' }, 'Open the existing draft'))),
      count ? element('p', { class: 'muted' }, 'The importer changed or dropped these; the line numbers are those of the text you imported:') : null,
      count ? element('ul', { class: 'import-warnings' }, ...report.warnings.map((w) => element('li', { 'data-code': w.code },
        w.line > 0 ? element('strong', {}, `${report.where} ${w.line}: `) : null, w.message))) : null,
      element('p', { class: 'report-actions' },
        element('a', { href: `/resolutions/${report.id}`, class: 'button open-imported' }, 'Open the new draft'), ' ', dismiss)));
    this.root.hidden = false;
  }
}
