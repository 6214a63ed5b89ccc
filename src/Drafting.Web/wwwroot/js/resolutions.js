import { api, element, signOut } from './api.js';
import { stageName } from './document-view.js';
import { acceptDroppedFiles } from './file-drop.js';

const list = document.getElementById('resolutions');

async function load() {
  const [me, resolutions] = await Promise.all([api('/api/users/me'), api('/api/resolutions')]);
  document.getElementById('who').textContent = `${me.displayName} (${me.organization})`;
  if (me.isAdmin && !document.getElementById('people-link')) {
    document.getElementById('who').after(' · ', element('a', { id: 'people-link', href: '/people' }, 'People'));
  }
  list.replaceChildren(...resolutions.map((r) => {
    const updated = new Date(r.updatedAt);
    return element('tr', {},
      element('td', {}, element('a', { href: `/resolutions/${r.id}` }, r.symbol || r.title || r.code || `${r.organ} draft`)),
      element('td', {}, r.organ),
      element('td', {}, element('span', { class: 'badge stage', 'data-stage': r.stage }, stageName(r.stage))),
      element('td', {}, r.role === 'penholder' ? 'pen-holder' : r.role),
      element('td', {}, Number.isNaN(updated.getTime()) ? '' : element('time', { datetime: r.updatedAt }, updated.toLocaleString())));
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
  const file = document.getElementById('import-file').files[0];
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
    location.assign(`/resolutions/${created.id}`);
  } catch (error) {
    // Word files are numbered by paragraph, text by line.
    showProblem(target, error, /\.doc[xm]?$/i.test(file?.name ?? '') ? 'Paragraph' : 'Line');
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
load().catch((error) => { document.getElementById('empty').hidden = false; document.getElementById('empty').textContent = error.message; });
