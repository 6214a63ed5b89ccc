import { api, element, present } from '../../core/api.js';
import { errorMessage } from '../../core/contract.js';

// A replacement made on an older text is accepted only as the text it gives now, read first: the preview shows what
// others changed in the paragraph since the proposal, and the paragraph as accepting would leave it.

/** Word-diff segments as <ins>/<del>, text as text. */
function segments(changes) {
  return (changes ?? []).map((s) => {
    if (s.kind === 'inserted') return element('ins', {}, s.text);
    if (s.kind === 'deleted') return element('del', {}, s.text);
    return document.createTextNode(s.text);
  });
}

/**
 * Fills <paramref name="form"/> with the preview of accepting proposal p now, and its choices: accept the text shown,
 * or (when the words overlap) accept as modified starting from the proposal's words.
 * @param {{resolutionId:string, proposals, modify:(text:string, version:number)=>void}} context
 */
export async function showPreview(p, context, form, name) {
  const close = () => { form.hidden = true; form.replaceChildren(); };
  form.replaceChildren(element('p', { class: 'muted' }, 'Reading the text as it stands…'));
  form.hidden = false;
  let preview;
  try {
    preview = await api(`/api/resolutions/${context.resolutionId}/proposals/${p.id}/preview`);
  } catch (failure) {
    form.replaceChildren(element('p', { class: 'error', role: 'alert' }, errorMessage(failure)));
    return;
  }

  const cancel = element('button', { type: 'button', class: 'small' }, 'Cancel');
  cancel.addEventListener('click', close);
  const since = preview.changedSince?.length
    ? element('div', { class: 'preview-since diff' }, element('p', { class: 'muted' }, 'Changed in the paragraph since this proposal:'), element('p', {}, ...segments(preview.changedSince)))
    : null;
  if (preview.result === null || preview.result === undefined) {
    const modify = element('button', { type: 'button', class: 'small primary' }, 'Accept as modified');
    modify.addEventListener('click', () => context.modify(p.text ?? '', preview.clauseVersion));
    form.replaceChildren(...present(
      since,
      element('p', { class: 'error', role: 'alert' }, preview.conflict ?? 'The paragraph changed in the same words since this proposal.'),
      element('p', {}, modify, ' ', cancel)));
    return;
  }

  const accept = element('button', { type: 'button', class: 'small primary', 'aria-label': `Accept this text for ${name}` }, 'Accept this text');
  accept.addEventListener('click', async () => {
    if (await context.proposals.accept(p.id, { expectedText: preview.result })) close();
  });
  const edit = element('button', { type: 'button', class: 'small' }, 'Edit it first');
  edit.addEventListener('click', () => context.modify(preview.result, preview.clauseVersion));
  // The card above already shows the change against today's text; here, the paragraph as it will read.
  form.replaceChildren(
    element('div', { class: 'preview-result', 'aria-label': `Text if ${name} is accepted now` },
      element('p', { class: 'muted' }, 'Accepted now, the paragraph will read:'), element('blockquote', {}, preview.result)),
    element('p', {}, accept, ' ', edit, ' ', cancel));
}

/**
 * For a card based on an older text: its word diff is redrawn against the paragraph as it stands (the proposal as it
 * would apply now), with what changed since it was made; an overlap says so and keeps the diff as proposed.
 */
export async function showCurrentDiff(p, context, box) {
  let preview;
  try {
    preview = await api(`/api/resolutions/${context.resolutionId}/proposals/${p.id}/preview`);
  } catch {
    return;
  }

  if (!preview.basedOnOlderText) return;
  const since = element('p', { class: 'changed-since muted' }, 'Changed since it was made: ', ...segments(preview.changedSince));
  if (preview.result === null || preview.result === undefined) {
    box.append(element('p', { class: 'error' }, 'It overlaps words changed since it was made: it can only be accepted as modified.'), since);
    return;
  }

  box.replaceChildren(element('p', { class: 'muted' }, 'As it would apply now:'), element('p', {}, ...segments(preview.changes)), since);
}
