import { api, element, signOut } from './api.js';

const id = location.pathname.split('/').pop();

function withOpening(clause) {
  const fragment = document.createDocumentFragment();
  if (clause.opening && clause.text.startsWith(clause.opening)) {
    fragment.append(element('span', { class: 'opening' }, clause.opening), clause.text.slice(clause.opening.length));
  } else {
    fragment.append(clause.text);
  }
  return fragment;
}

function subParagraphs(items) {
  if (!items?.length) return null;
  return element('ol', { class: 'subs' }, ...items.map((s) => element('li', { 'data-clause-id': s.id },
    element('span', { class: 'label' }, s.label),
    element('div', { class: 'body' }, withOpening(s), subParagraphs(s.subparagraphs)))));
}

async function load() {
  const r = await api(`/api/resolutions/${id}`);
  document.title = `${r.symbol || r.title || 'Draft resolution'} · Drafting`;
  document.getElementById('heading').textContent = r.symbol || r.code || r.organ;
  document.getElementById('export-md').href = `/api/resolutions/${id}/export/md`;
  const organ = r.formula.replace(/^The /, '').replace(/,$/, '');
  const formula = r.formula.startsWith('The ')
    ? element('p', { class: 'formula' }, 'The ', element('em', {}, organ), ',')
    : element('p', { class: 'formula' }, r.formula);
  const sponsors = r.sponsors.filter((s) => !s.withdrawn).map((s) => s.name);
  const sponsorLine = sponsors.length
    ? element('p', { class: 'sponsors' }, `${sponsors.length > 1 ? `${sponsors.slice(0, -1).join(', ')} and ${sponsors.at(-1)}` : sponsors[0]}: draft resolution`)
    : null;
  document.getElementById('document').replaceChildren(
    element('div', { class: 'masthead' }, element('span', { class: 'organ' }, r.organ), element('span', {}, r.symbol || '')),
    sponsorLine,
    r.title ? element('p', { class: 'title' }, element('strong', {}, r.title)) : null,
    formula,
    ...r.preambular.map((c) => element('p', { class: 'pp', 'data-clause-id': c.id }, withOpening(c))),
    ...r.operative.map((c) => element('div', { class: 'op', 'data-clause-id': c.id },
      element('span', { class: 'number' }, `${c.number}.`),
      element('div', { class: 'body' }, withOpening(c), subParagraphs(c.subparagraphs)))),
  );
}

document.getElementById('sign-out').addEventListener('click', signOut);
load().catch((error) => { document.getElementById('document').textContent = error.message; });
