// The site administrator's part of the library page: import Akoma Ntoso files (one .xml or a .zip of many, as
// POST /api/library takes them) with what each file gave, and take a text out of the library (DELETE /api/library/{id}).
// Every file is reported: what it became, which earlier import it replaced, or why it was refused.
import { api, element } from '../../core/api.js';

/** The import form in `root`; `onImported` runs after each batch, so the list can show what came in. */
export class LibraryImportForm {
  constructor(root, onImported) {
    this.root = root;
    this.onImported = onImported;
    this.files = element('input', { type: 'file', id: 'library-files', multiple: '', accept: '.xml,.zip,application/xml,application/zip' });
    this.button = element('button', { type: 'submit' }, 'Import');
    this.report = element('div', { class: 'library-import-report', 'aria-live': 'polite' });
    const form = element('form', {},
      element('label', { for: 'library-files' }, 'Akoma Ntoso files (.xml) or a .zip of them '), this.files, ' ', this.button);
    form.addEventListener('submit', (event) => { event.preventDefault(); this.importAll(); });
    root.replaceChildren(
      element('h2', {}, 'Add adopted texts'),
      element('p', { class: 'muted' }, 'Official Akoma Ntoso (the UNxml corpora). A symbol already in the library is replaced, never added twice.'),
      form, this.report);
    root.hidden = false;
  }

  async importAll() {
    const chosen = [...this.files.files];
    if (chosen.length === 0) { this.report.replaceChildren(element('p', { class: 'error' }, 'Choose one or more files first.')); return; }
    this.button.disabled = true;
    this.report.replaceChildren(element('p', { class: 'muted' }, `Importing ${chosen.length} file${chosen.length === 1 ? '' : 's'}…`));
    const imported = [];
    const refused = [];
    for (const file of chosen) {
      const zip = /\.zip$/i.test(file.name);
      try {
        const answer = await api(`/api/library?file=${encodeURIComponent(file.name)}`, {
          method: 'POST', headers: { 'Content-Type': zip ? 'application/zip' : 'application/xml' }, body: file,
        });
        imported.push(...answer.imported);
        refused.push(...answer.refused);
      } catch (failure) {
        refused.push({ file: file.name, reason: failure.message });
      }
    }
    this.button.disabled = false;
    this.files.value = '';
    this.report.replaceChildren(...reportOf(imported, refused));
    this.onImported();
  }
}

function reportOf(imported, refused) {
  const lines = [element('p', {}, `${imported.length} imported, ${refused.length} refused.`)];
  if (imported.length) {
    lines.push(element('ul', { class: 'library-imported' }, ...imported.map((i) => element('li', {},
      element('a', { href: `/library/${i.id}` }, i.symbol), ` from ${i.file}`,
      i.replaced ? ` (replaced the text read from ${i.replacedFile ?? 'an earlier import'})` : ''))));
  }
  if (refused.length) {
    lines.push(element('ul', { class: 'library-refused error' }, ...refused.map((r) => element('li', {}, `${r.file}: ${r.reason}`))));
  }
  return lines;
}

/**
 * "Remove from the library" for the opened text `doc`, asked twice: the second step says what goes and what stays.
 * `onRemoved` receives the server's answer.
 */
export function removeControl(doc, onRemoved) {
  const paragraphs = countParagraphs(doc);
  const ask = element('button', { type: 'button', class: 'danger' }, 'Remove from the library…');
  const confirmation = element('p', { class: 'library-remove-confirm', hidden: '' },
    `Remove ${doc.symbol} and its ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} from search and checks? Drafts keep what they took from it. `);
  const yes = element('button', { type: 'button', class: 'danger' }, `Remove ${doc.symbol}`);
  const no = element('button', { type: 'button' }, 'Keep it');
  const error = element('p', { class: 'error', role: 'alert' });
  confirmation.append(yes, ' ', no);
  ask.addEventListener('click', () => { confirmation.hidden = false; ask.hidden = true; yes.focus(); });
  no.addEventListener('click', () => { confirmation.hidden = true; ask.hidden = false; });
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    try {
      onRemoved(await api(`/api/library/${doc.id}`, { method: 'DELETE' }));
    } catch (failure) {
      error.textContent = failure.message;
      yes.disabled = false;
    }
  });
  return element('div', { class: 'library-remove' }, ask, confirmation, error);
}

/** What a removal answered, as the page says it. */
export function removedNotice(removed) {
  const cited = removed.cited === 0
    ? 'No draft paragraph cited it.'
    : `${removed.cited} draft paragraph${removed.cited === 1 ? '' : 's'} or open proposal${removed.cited === 1 ? '' : 's'} cite${removed.cited === 1 ? 's' : ''} it and keep${removed.cited === 1 ? 's' : ''} its symbol as their source.`;
  return `Removed ${removed.symbol} (${removed.paragraphs} paragraph${removed.paragraphs === 1 ? '' : 's'}, imported from ${removed.file}) from the library. ${cited}`;
}

function countParagraphs(doc) {
  const count = (clauses) => clauses.reduce((sum, c) => sum + 1 + count(c.subparagraphs), 0);
  return count(doc.preambular) + count(doc.operative);
}
