import { element, present } from '../../core/api.js';
import { clausesOf } from '../../state/clauses.js';
import { stageName } from '../../core/names.js';

// The resolution laid out like a UN document: masthead, sponsor line, formula with the organ in
// italics, preambular paragraphs with italic openings, numbered operative paragraphs and labelled
// sub-paragraphs. Numbers and labels come from the server, which derives them from position.

/** "France, Ghana and Kenya: draft resolution" from the sponsors still on the text. */
export function sponsorLine(sponsors) {
  const names = sponsors.filter((s) => !s.withdrawn).map((s) => s.name);
  if (!names.length) return null;
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `${joined}: draft resolution`;
}

/** A footnote reference: its number, linked to the note at the foot of the document. */
const noteReference = (number) => element('sup', { class: 'note-ref' }, element('a', { href: `#note-${number}`, id: `note-ref-${number}` }, String(number)));

/**
 * The clause text as nodes: the opening phrase in italics, commented spans marked and footnote numbers
 * at their offsets. Built from text nodes only, so clause text is never parsed as HTML.
 * @param {Array<{offset:number, number:number}>} notes
 */
export function decoratedText(text, opening, marks, notes = []) {
  const openingEnd = opening && text.startsWith(opening) ? opening.length : 0;
  const cuts = new Set([0, text.length, openingEnd]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  for (const n of notes) cuts.add(n.offset);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  const referencesAt = (offset) => notes.filter((n) => Math.min(n.offset, text.length) === offset).map((n) => noteReference(n.number));
  fragment.append(...referencesAt(0));
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    let node = document.createTextNode(text.slice(start, end));
    if (end <= openingEnd) node = element('em', { class: 'opening' }, node);
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    if (covering.length) {
      node = element('mark', { class: 'comment-span', 'data-comment-ids': covering.map((m) => m.id).join(' '), title: `${covering.length} comment${covering.length > 1 ? 's' : ''}` }, node);
    }
    fragment.append(node, ...referencesAt(end));
  }
  return fragment;
}

/** Numbers every clause's notes in document order, as the printed document does: clause id → [{offset, number, text}]. */
export function numberNotes(resolution) {
  const numbered = new Map();
  let number = 0;
  for (const { clause } of clausesOf(resolution)) {
    if (clause.notes?.length) numbered.set(clause.id, clause.notes.map((n) => ({ offset: n.offset, text: n.text, number: ++number })));
  }
  return numbered;
}

export class DocumentView {
  /**
   * @param {HTMLElement} article
   * @param {{editable:boolean, marksFor:(clause)=>Array, editorFor:(clauseId)=>HTMLElement|undefined}} options
   */
  constructor(article, options) {
    this.article = article;
    this.options = options;
  }

  render(resolution) {
    const organ = resolution.formula.replace(/^The /, '').replace(/,$/, '');
    const formula = resolution.formula.startsWith('The ') && resolution.formula.endsWith(',')
      ? element('p', { class: 'formula' }, 'The ', element('em', {}, organ), ',')
      : element('p', { class: 'formula' }, resolution.formula);
    const line = sponsorLine(resolution.sponsors);
    this.notes = numberNotes(resolution);
    const footnotes = [...this.notes.values()].flat();
    this.article.replaceChildren(...present(
      element('div', { class: 'masthead' },
        element('span', { class: 'un' }, 'United Nations'),
        element('span', { class: 'symbol' }, resolution.symbol || 'Draft')),
      element('p', { class: 'organ' }, resolution.organ),
      mastheadLines(resolution),
      // An adopted text prints its number and adoption where a draft has its sponsor line, as the exports do.
      ...(resolution.adopted
        ? [resolution.adopted.number ? element('p', { class: 'title adopted-number' }, resolution.adopted.number) : null,
          element('p', { class: 'adoption', id: 'adoption-line' }, resolution.adopted.adoption),
          resolution.adopted.title ? element('p', { class: 'title' }, resolution.adopted.title) : null]
        : [element('p', { class: 'sponsors', id: 'sponsor-line' }, line ?? 'No sponsors yet'),
          resolution.title ? element('p', { class: 'title' }, resolution.title) : null]),
      formula,
      ...resolution.preambular.flatMap((c) => [
        c.heading ? element('h3', { class: 'op-heading', 'data-heading-id': c.heading.id }, c.heading.text) : null,
        this.clauseElement('p', 'pp', c, null),
      ]),
      ...resolution.operative.flatMap((c) => [
        c.heading ? element('h3', { class: 'op-heading', 'data-heading-id': c.heading.id }, c.heading.text) : null,
        this.clauseElement('div', 'op', c, element('span', { class: 'number' }, `${c.number}.`)),
      ]),
      resolution.adopted?.signOff?.length
        ? element('p', { class: 'sign-off' }, ...resolution.adopted.signOff.flatMap((line, i) => (i ? [element('br'), line] : [line])))
        : null,
      footnotes.length
        ? element('section', { class: 'footnotes', 'aria-label': 'Notes' },
          element('ol', {}, ...footnotes.map((n) => element('li', { id: `note-${n.number}`, value: String(n.number) }, n.text))))
        : null,
    ));
    if (!resolution.preambular.length && !resolution.operative.length) {
      this.article.append(element('p', { class: 'muted empty-document' }, 'No paragraphs yet.'));
    }
  }

  clauseElement(tag, kind, clause, number) {
    const text = this.options.editorFor(clause.id) ?? this.textElement(clause);
    const markers = element('span', { class: 'markers' });
    const subs = clause.subparagraphs?.length
      ? element('ol', { class: 'subs' }, ...clause.subparagraphs.map((s) => this.clauseElement('li', 'sub', s, element('span', { class: 'label' }, s.label))))
      : null;
    if (kind === 'pp') return element(tag, { class: `pp clause`, 'data-clause-id': clause.id }, text, markers);
    return element(tag, { class: `${kind} clause`, 'data-clause-id': clause.id }, number, element('div', { class: 'body' }, text, markers, subs));
  }

  textElement(clause) {
    const marks = this.options.marksFor(clause);
    const span = element('span', {
      'data-marks': JSON.stringify(marks),
      class: 'clause-text',
      'data-text-of': clause.id,
      tabindex: '0',
      title: this.options.editable ? 'Click or press Enter to edit; select words to comment' : 'Select words to comment, or press Enter to comment on the paragraph',
    });
    span.append(decoratedText(clause.text, clause.opening, marks, this.notes?.get(clause.id) ?? []));
    return span;
  }

  /** Re-renders one clause's text in place (its container and numbering stay). */
  renderClause(clause) {
    const old = this.article.querySelector(`[data-text-of="${CSS.escape(clause.id)}"]`);
    if (old) old.replaceWith(this.textElement(clause));
  }

  /** Re-renders a clause's text only when its comment highlights moved, so selections and focus survive. */
  refreshMarks(clause) {
    const old = this.article.querySelector(`[data-text-of="${CSS.escape(clause.id)}"]`);
    if (old && old.dataset.marks !== JSON.stringify(this.options.marksFor(clause))) this.renderClause(clause);
  }

  /** Puts an editor (or the text again) where a clause's text is. */
  swap(clauseId, replacement) {
    const old = this.article.querySelector(`[data-text-of="${CSS.escape(clauseId)}"]`)
      ?? this.article.querySelector(`.clause-editor[data-editor-of="${CSS.escape(clauseId)}"]`);
    old?.replaceWith(replacement);
  }
}

/** Distribution date, session and agenda items, as the exports print them under the masthead; null when there are none. */
function mastheadLines(resolution) {
  const items = resolution.agendaItems ?? [];
  const lines = [
    resolution.date ? `Distr.: General · ${new Date(`${resolution.date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}` : null,
    resolution.session ?? null,
    ...(items.length === 1 ? [`Agenda item ${items[0]}`] : items.length ? ['Agenda items', ...items] : []),
  ].filter(Boolean);
  return lines.length ? element('div', { class: 'masthead-lines', id: 'masthead-lines' }, ...lines.map((line) => element('p', {}, line))) : null;
}
