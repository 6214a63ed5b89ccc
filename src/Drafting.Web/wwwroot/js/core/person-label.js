import { element } from './api.js';

// How a person is named wherever the page says who did something — the same rule as PersonLabel.Of on the server:
// "Ama Mensah (Ghana)"; the name alone for a secretary without a delegation; the delegation alone when the name is
// unknown; `nobody` when neither is known.

/** "Ama Mensah (Ghana)", "Ama Mensah", "Ghana", or `nobody`. */
export function personLabel(person, nobody = '') {
  const name = person?.displayName?.trim() ?? '';
  const delegation = person?.organization?.trim() ?? '';
  if (name && delegation) return `${name} (${delegation})`;
  return name || delegation || nobody;
}

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
