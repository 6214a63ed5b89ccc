import { element } from './api.js';
import { bothClocks } from './new-york-time.js';
import { personLabel } from './person-label.js';

// The record of every silence of a resolution (GET …/silences), newest first: nothing a delegation said to break a
// silence disappears when the next one starts.

const endings = {
  running: () => 'running',
  passed: () => 'passed unbroken',
  broken: () => 'broken',
  withdrawn: (s) => `withdrawn${s.endedBy ? ` by ${personLabel(s.endedBy)}` : ''}`,
  ended: (s) => `ended when the draft reached a final stage${s.endedBy ? ` (${personLabel(s.endedBy)})` : ''}`,
};


/** One silence of the record: revision, deadline, who started it, how it ended, and each statement that broke it. */
export function silenceEntry(silence, labelOf) {
  const ending = (endings[silence.status] ?? (() => silence.status))(silence);
  return element('li', { class: 'silence-entry', 'data-status': silence.status },
    element('p', {},
      element('strong', {}, labelOf(silence.revision)), ` under silence until ${bothClocks(new Date(silence.until))}`,
      silence.startedBy?.organization ? `, started by ${personLabel(silence.startedBy)}` : '', `: ${ending}.`),
    ...silence.brokenBy.map((b) => element('blockquote', { class: 'record-statement' },
      element('p', {}, element('strong', {}, b.organization), b.by ? ` (${b.by})` : '', element('span', { class: 'muted' }, ` · ${new Date(b.at).toLocaleString()}`)),
      element('p', {}, b.statement))));
}

/** The record as a list, or a line saying there is none yet. */
export function silenceRecord(silences, labelOf) {
  return silences.length
    ? element('ol', { class: 'silence-record-list' }, ...silences.map((s) => silenceEntry(s, labelOf)))
    : element('p', { class: 'muted' }, 'No silence procedure yet.');
}
