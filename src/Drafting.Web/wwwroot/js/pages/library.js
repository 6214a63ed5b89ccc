// The library page: search agreed language, list the adopted resolutions, read one and start a new draft from it;
// the site administrator also imports texts and takes them out.
import { api, element, present, signOut } from '../core/api.js';
import { LibraryImportForm, removeControl, removedNotice } from '../features/agreed-language/library-admin.js';
import { LibrarySearch } from '../features/agreed-language/library-search.js';
import { sendByScript } from '../core/script-form.js';

const list = document.getElementById('library-list');
const more = document.getElementById('library-more');
const reader = document.getElementById('library-document');
const find = document.getElementById('library-find');
let next = firstPage();

// A symbol ("A/RES/78/2", "S/RES/25") narrows the list to those it begins; other words to titles holding them in order.
function firstPage() {
  const typed = find.elements.find.value.trim();
  if (!typed) return '/api/library?limit=50';
  return `/api/library?limit=50&${/^[a-z]+\//i.test(typed) ? 'symbol' : 'title'}=${encodeURIComponent(typed)}`;
}

function reloadList() {
  list.replaceChildren();
  next = firstPage();
  return loadMore();
}

async function loadMore() {
  const response = await fetch(next, { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  if (!response.ok) { await api(next); return; }
  const rows = await response.json();
  list.append(...rows.map((d) => element('tr', {},
    element('td', {}, element('a', { href: `/library/${d.id}` }, d.symbol)),
    element('td', {}, d.organ),
    element('td', { 'data-label': 'Adopted' }, d.date ?? ''),
    // The Council's texts have no title: they go by their agenda item.
    element('td', { 'data-label': 'Title' }, d.title ?? (d.agendaItem && !/^\d/.test(d.agendaItem) ? d.agendaItem : '')))));
  next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  more.hidden = !next;
  if (list.children.length === 0) {
    const none = find.elements.find.value.trim() ? 'No adopted text has that symbol or title.' : 'The library holds no adopted text yet.';
    list.append(element('tr', {}, element('td', { colspan: '4', class: 'muted' }, none)));
  }
}

function paragraph(clause, depth = 0) {
  return element('div', { id: clause.id, class: `library-paragraph depth-${depth}` },
    element('p', {}, clause.number ? element('span', { class: 'number' }, `${clause.number} `) : null,
      clause.opening ? element('em', {}, clause.opening) : null, clause.opening ? clause.text.slice(clause.opening.length) : clause.text),
    ...clause.subparagraphs.map((s) => paragraph(s, depth + 1)));
}

async function open(id, isAdmin) {
  const d = await api(`/api/library/${id}`);
  document.title = `${d.symbol} · Library · Drafting`;
  const headings = new Map(d.headings.filter((h) => h.beforeClauseId).map((h) => [h.beforeClauseId, h.text]));
  const start = element('button', { type: 'button' }, 'New draft from this text');
  const error = element('p', { class: 'error', role: 'alert' });
  start.addEventListener('click', async () => {
    try {
      const created = await api(`/api/library/${id}/draft`, { method: 'POST' });
      location.assign(`/resolutions/${created.id}`);
    } catch (failure) { error.textContent = failure.message; }
  });
  reader.replaceChildren(...present(
    element('h2', {}, d.symbol),
    element('p', { class: 'muted' }, [d.organ, d.date, d.session ? `session ${d.session}` : null, agendaItem(d.agendaItem)].filter(Boolean).join(' · ')),
    d.title ? element('h3', {}, d.title) : null,
    element('p', {}, element('em', {}, d.formula)),
    ...d.preambular.map((c) => paragraph(c)),
    ...d.operative.flatMap((c) => [headings.has(c.id) ? element('h3', {}, headings.get(c.id)) : null, paragraph(c)].filter(Boolean)),
    element('p', { class: 'muted' }, `Source: ${d.source}.`),
    element('p', {}, start), error,
    isAdmin ? removeControl(d, (removed) => {
      history.replaceState(null, '', '/library');
      document.title = 'Library · Drafting';
      reader.replaceChildren(element('p', { role: 'status', class: 'library-removed' }, removedNotice(removed)));
      reloadList();
    }) : null));
  reader.hidden = false;
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'center' });
}

document.getElementById('sign-out').addEventListener('click', signOut);
more.addEventListener('click', loadMore);
sendByScript(find, reloadList);
// Clearing the box (its ✕ or Escape) shows the whole list again.
find.elements.find.addEventListener('search', () => { if (!find.elements.find.value) reloadList(); });
new LibrarySearch(document.getElementById('library-search'));
const id = /^\/library\/([0-9a-f-]{36})$/i.exec(location.pathname)?.[1];
const me = await api('/api/users/me');
if (me.isAdmin) new LibraryImportForm(document.getElementById('library-admin'), reloadList);
if (id) {
  open(id, me.isAdmin).catch((failure) => {
    reader.hidden = false;
    // A draft's source link outlives a text the site admin took out: say so, not only "not found".
    reader.textContent = failure.problem?.status === 404
      ? 'This adopted text is not in the library (any more): the site administrator may have taken it out. Drafts that took words from it keep its symbol and citation as their source.'
      : failure.message;
  });
}
await loadMore();
document.body.dataset.ready = 'true';

// The Assembly numbers its agenda items ("agenda item 74 (b)"); the Council names them ("The situation in Libya").
function agendaItem(item) {
  if (!item) return null;
  return /^\d/.test(item) ? `agenda item ${item}` : item;
}
