import { api, element, signOut } from '../core/api.js';
import { roleName, stageName } from '../core/names.js';
import { acceptDroppedFiles } from '../core/file-drop.js';
import { sendByScript } from '../core/script-form.js';
import { ImportReport, needsReport } from './import-report.js';
import { bothClocks } from '../core/new-york-time.js';
import { followNotifications } from '../features/notifications/notifications.js';
import { personLabel } from '../core/person-label.js';

const list = document.getElementById('resolutions');
const report = new ImportReport(document.getElementById('import-report'));

let resolutions = [];
let drawn = false;

/** What a draft asks of the reader now: a running silence, proposals waiting for them (pen-holder), unread news. */
const needsMe = (r) => Boolean(r.silence) || (r.proposalsWaiting ?? 0) > 0 || r.unread > 0;

const sorters = {
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  needs: (a, b) => Number(needsMe(b)) - Number(needsMe(a)) || (b.unread + (b.proposalsWaiting ?? 0)) - (a.unread + (a.proposalsWaiting ?? 0)) || sorters.updated(a, b),
  // Running silences by deadline, soonest first; the others after them, by last change.
  deadline: (a, b) => (a.silence ? 0 : 1) - (b.silence ? 0 : 1) || (a.silence && b.silence ? a.silence.until.localeCompare(b.silence.until) : sorters.updated(a, b)),
  name: (a, b) => nameOf(a).localeCompare(nameOf(b)),
};

const nameOf = (r) => r.symbol || r.title || r.code || `${r.organ} draft`;

/** The "Needs you" cell: the silence with its deadline in New York time and the reader's, proposals waiting, unread news. */
function needsCell(r) {
  const lines = [];
  if (r.silence) {
    const until = new Date(r.silence.until);
    lines.push(element('span', { class: 'silence-until', 'data-silence-until': r.silence.until },
      `Silence on revision ${r.silence.revision} until ${bothClocks(until)}`));
  }
  if (r.proposalsWaiting) lines.push(element('span', { class: 'waiting' }, `${r.proposalsWaiting} proposal${r.proposalsWaiting > 1 ? 's' : ''} waiting for your decision`));
  if (r.unread) lines.push(element('span', { class: 'unread' }, `${r.unread} unread`));
  return element('td', { 'data-label': 'Needs you', class: 'needs-cell' }, element('div', { class: 'needs' }, ...lines));
}

function render() {
  const onlyNeeds = document.getElementById('needs-me').checked;
  const shown = resolutions.filter((r) => !onlyNeeds || needsMe(r)).sort(sorters[document.getElementById('sort').value] ?? sorters.updated);
  list.replaceChildren(...shown.map((r) => {
    const updated = new Date(r.updatedAt);
    return element('tr', { 'data-id': r.id, 'data-needs-me': String(needsMe(r)) },
      element('td', {}, element('a', { href: `/resolutions/${r.id}` }, nameOf(r))),
      element('td', {}, r.organ),
      element('td', {}, element('span', { class: 'badge stage', 'data-stage': r.stage }, stageName(r.stage))),
      // The labels head each value on a phone, where the rows stack and the column headings are hidden.
      element('td', { 'data-label': 'Your role' }, roleName(r.role)),
      needsCell(r),
      element('td', { 'data-label': 'Updated' }, Number.isNaN(updated.getTime()) ? '' : element('time', { datetime: r.updatedAt }, updated.toLocaleString())));
  }));
  const needing = resolutions.filter(needsMe).length;
  document.getElementById('list-count').textContent = resolutions.length ? `${needing} of ${resolutions.length} need you` : '';
  document.getElementById('empty').hidden = resolutions.length > 0;
}

async function load() {
  const [me, fresh] = await Promise.all([api('/api/users/me'), api('/api/resolutions')]);
  document.getElementById('who').textContent = personLabel(me);
  if (me.isAdmin && !document.getElementById('people-link')) {
    document.getElementById('who').after(' · ', element('a', { id: 'people-link', href: '/people' }, 'People'));
  }
  // Read again on every connect and notification: drawn again only when something changed, so a row being read,
  // clicked or tabbed to is not swapped for its copy.
  const changed = !drawn || JSON.stringify(fresh) !== JSON.stringify(resolutions);
  resolutions = fresh;
  drawn = true;
  if (changed) render();
}

// Several notifications of one change (a stage that ends a silence and closes proposals) make one read.
let reloadTimer = 0;
const reloadSoon = () => { clearTimeout(reloadTimer); reloadTimer = setTimeout(() => load().catch(() => {}), 100); };

document.getElementById('needs-me').addEventListener('change', render);
document.getElementById('sort').addEventListener('change', render);

function showProblem(target, error, where = 'Line') {
  const lines = error.problem?.errors?.map((e) => (e.line > 0 ? `${where} ${e.line}: ${e.message}` : e.message));
  target.textContent = lines?.length ? lines.join('\n') : error.message;
}

sendByScript(document.getElementById('import'), async () => {
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

sendByScript(document.getElementById('create'), async () => {
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
// Live: whatever needs the reader reaches their own connections; the list is read again (also after a reconnect, since
// nothing is replayed).
followNotifications({ onNotification: reloadSoon, onConnected: reloadSoon });
