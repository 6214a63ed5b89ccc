import { element } from './api.js';

/** Word-diff segments as <ins>/<del>, text as text. */
export function segmentsOf(changes) {
  return (changes ?? []).map((s) => {
    if (s.kind === 'inserted') return element('ins', {}, s.text);
    if (s.kind === 'deleted') return element('del', {}, s.text);
    return document.createTextNode(s.text);
  });
}
