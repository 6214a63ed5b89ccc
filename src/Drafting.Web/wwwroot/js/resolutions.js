import { api, element, signOut } from './api.js';
import { stageName } from './document-view.js';
import { acceptDroppedFiles } from './file-drop.js';
import { ImportReport, needsReport } from './import-report.js';
import { personLabel } from './person-label.js';

const list = document.getElementById('resolutions');
const report = new ImportReport(document.getElementById('import-report'));

async function load() {
  const [me, resolutions] = await Promise.all([api('/api/users/me'), api('/api/resolutions')]);
  document.getElementById('who').textContent = personLabel(me);
  if (me.isAdmin && !document.getElementById('people-link')) {
    document.getElementById('who').after(' · ', element('a', { id: 'people-link', href: '/people' }, 'People'));
  }
  list.replaceChildren(...resolutions.map((r) => {
    const updated = new Date(r.updatedAt);
    return element('tr', {},
      element('td', {}, element('a', { href: `/resolutions/${r.id}` }, r.symbol || r.title || r.code || `${r.organ} draft`)),
      element('td', {}, r.organ),
      element('td', {}, element('span', { class: 'badge stage', 'data-stage': r.stage }, stageName(r.stage))),
      // The labels head each value on a phone, where the rows stack and the column headings are hidden.
      element('td', { 'data-label': 'Your role' }, r.role === 'penholder' ? 'pen-holder' : r.role),
      element('td', { 'data-label': 'Updated' }, Number.isNaN(updated.getTime()) ? '' : element('time', { datetime: r.updatedAt }, updated.toLocaleString())));
  }));
  document.getElementById('empty').hidden = resolutions.length > 0;
}

function showProblem(target, error, where = 'Line') {
  const lines = error.problem?.errors?.map((e) => (e.line > 0 ? `${where} ${e.line}: ${e.message}` : e.message));
  target.textContent = lines?.length ? lines.join('\n') : error.message;
}

document.getElementById('import').addEventListener('submit', async (event) => {
  event.preventDefault();
  const target = document.getElementById('import-error');
  target.textContent = '';
  report.dismiss();
  const file = document.getElementById('import-file').files[0];
  // Word files are numbered by paragraph, text by line.
  const where = /\.doc[xm]?$/i.test(file?.name ?? '') ? 'Paragraph' : 'Line';
  const text = document.getElementById('import-text').value;
  try {
    const body = file ? new FormData() : text;
    if (file) body.append('file', file);
    const tracked = document.getElementById('import-tracked').value;
    const created = await api(`/api/resolutions/import${file && tracked === 'reject' ? '?trackedChanges=reject' : ''}`, {
      method: 'POST',
      headers: file ? {} : { 'Content-Type': 'text/markdown; charset=utf-8' },
      body,
    });
    if (!needsReport(created)) {
      location.assign(`/resolutions/${created.id}`);
      return;
    }
    // Something to check first: stay by the imported text, which the line numbers refer to.
    report.show(created, where);
    await load();
    document.getElementById('import-report').scrollIntoView({ block: 'start' });
  } catch (error) {
    showProblem(target, error, where);
  }
});

acceptDroppedFiles(document.getElementById('import'), document.getElementById('import-file'));

document.getElementById('create').addEventListener('submit', async (event) => {
  event.preventDefault();
  const target = document.getElementById('create-error');
  try {
    const created = await api('/api/resolutions', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ organ: document.getElementById('organ').value }),
    });
    location.assign(`/resolutions/${created.id}`);
  } catch (error) {
    showProblem(target, error);
  }
});

document.getElementById('sign-out').addEventListener('click', signOut);
report.restore();
// Once the list has its first answer the page is whole, its drop zone listening (tests and assistive tools can rely on it).
load().catch((error) => { document.getElementById('empty').hidden = false; document.getElementById('empty').textContent = error.message; })
  .finally(() => { document.body.dataset.ready = 'true'; });
