import { element } from '../../core/api.js';
import { personChip, personLabel } from '../../core/person-label.js';

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
