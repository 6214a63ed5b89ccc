import { element } from './api.js';
import { personLabel } from './person-label.js';

/** Twelve colours at least 65 apart in RGB from one another, each dark enough for white initials. */
const palette = [
  '#1f5fa8', '#b3261e', '#2e7d32', '#6a1b9a', '#00796b', '#795548',
  '#9e9d24', '#880e4f', '#263238', '#e65100', '#000000', '#5c6bc0',
];

/** The colour each organization got on this page: its preferred one, or the next free when another has that. */
const assigned = new Map();

/**
 * One colour per organization, the same wherever it shows on this page and different from every other organization's
 * (the first twelve): Ghana and the African Union side by side never share a near-identical purple.
 */
export function organizationColour(organization) {
  if (assigned.has(organization)) return assigned.get(organization);
  let hash = 0;
  for (const c of organization) hash = (hash * 31 + c.codePointAt(0)) >>> 0;
  const taken = new Set(assigned.values());
  let index = hash % palette.length;
  for (let step = 0; step < palette.length && taken.has(palette[index]); step++) index = (index + 1) % palette.length;
  const colour = palette[index];
  assigned.set(organization, colour);
  return colour;
}

export function initials(name) {
  const words = name.split(/[\s._-]+/).filter(Boolean);
  const letters = words.length > 1 ? words[0][0] + words.at(-1)[0] : (words[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}

export function personChip(person, extra = '') {
  const chip = element('span', { class: `person ${extra}`.trim(), title: personLabel(person) }, initials(person.displayName));
  // Through the CSSOM: the pages' Content-Security-Policy refuses style attributes.
  chip.style.backgroundColor = organizationColour(person.organization);
  return chip;
}

/** The initials of everyone in the resolution, in the page header. */
export function renderPresence(container, present, me, labelOf) {
  container.replaceChildren(...present.map((p) => {
    const chip = personChip(p, p.userId === me.id ? 'me' : '');
    const where = p.clauseId ? `, on ${labelOf(p.clauseId) ?? 'a clause'}` : '';
    chip.title = `${p.displayName} (${p.organization}, ${p.role})${where}${p.userId === me.id ? ' — you' : ''}`;
    chip.setAttribute('role', 'listitem');
    chip.setAttribute('aria-label', chip.title);
    return chip;
  }));
}

/** A marker beside each clause someone else is on (advisory, not a lock). */
export function renderFocusMarkers(article, present, me) {
  for (const old of article.querySelectorAll('.markers > .person')) old.remove();
  for (const p of present) {
    if (!p.clauseId || p.userId === me.id) continue;
    const markers = article.querySelector(`[data-clause-id="${CSS.escape(p.clauseId)}"] > .markers, [data-clause-id="${CSS.escape(p.clauseId)}"] > .body > .markers`);
    const chip = personChip(p);
    chip.title = `${personLabel(p)} is on this clause`;
    markers?.append(chip);
  }
}
