import { element, present } from '../../core/api.js';
import { ErrorCodes, errorCode, errorMessage } from '../../core/contract.js';
import { proposalTag, statusName } from '../../state/proposals.js';
import { safeHtml } from '../../core/safe-html.js';
import { segmentsOf } from '../../core/diff.js';
import { showCurrentDiff, showPreview } from './proposal-preview.js';

// One proposal drawn for a reader: its tag, what it changes (word diff), the rationale, its status and the
// buttons the server's permissions allow now (never a button the server would refuse). Used by the proposals panel
// and the compilation view alike.

/** What the user is told when an action on a proposal fails, by code; the server's words follow. */
const failureLead = {
  [ErrorCodes.editConflict]: 'The paragraph has changed in the same words since this was proposed. Accept it as modified on the current text, or reject it. ',
  [ErrorCodes.frozen]: 'The text cannot change now. ',
  [ErrorCodes.conflict]: 'Not possible now. ',
  [ErrorCodes.forbidden]: 'Your role does not allow this. ',
};

export function failureText(failure) {
  return `${failureLead[errorCode(failure)] ?? ''}${errorMessage(failure)}`;
}

const button = (text, onClick, attributes = {}) => {
  const b = element('button', { type: 'button', class: 'small', ...attributes }, text);
  b.addEventListener('click', onClick);
  return b;
};

/**
 * @param {object} p a ProposalDto
 * @param {{proposals:import('../../state/proposals.js').Proposals, me:{organization:string}, can:import('../../state/page-state.js').PageState['can'],
 *          labelOf:(clauseId)=>string|undefined, textOf?:(clauseId)=>string|undefined, versionOf?:(clauseId)=>number|undefined,
 *          focusClause?:(clauseId)=>void,
 *          showHistory?:(clauseId)=>void, jump:boolean}} context
 */
export function proposalCard(p, context) {
  const where = (id) => (id ? context.labelOf(id) ?? 'a paragraph no longer in the text' : null);
  const target = where(p.clauseId);
  const on = target ?? (p.afterClauseId ? `after ${where(p.afterClauseId)}` : p.parentId ? `in ${where(p.parentId)}` : 'at the start');
  const jumpTo = p.clauseId ?? p.afterClauseId ?? p.parentId;
  const jump = context.jump && jumpTo && context.focusClause
    ? button(on, () => context.focusClause(jumpTo), { class: 'link clause-link', 'aria-label': `Go to ${on}` })
    : element('span', { class: 'muted' }, on);
  const card = element('article', {
    class: `proposal status-${p.status}`, 'data-proposal-id': p.id, 'data-status': p.status,
    'aria-label': `${proposalTag(p)} ${on}, ${statusName(p.status).toLowerCase()}`,
  });
  const older = basedOnOlderText(p, context);
  const change = changeOf(p, where, context.textOf ?? (() => undefined));
  if (older && context.resolutionId) showCurrentDiff(p, context, change);
  card.append(
    element('header', {},
      element('span', { class: 'proposal-tag' }, proposalTag(p)), ' ', jump,
      element('span', { class: `badge proposal-status status-${p.status}` }, statusName(p.status)),
      ...present(older ? element('span', { class: 'badge older-text', title: 'The paragraph changed since this proposal was made: accepting shows the text it gives now.' }, 'Based on an older text') : null)),
    change,
    ...present(
      p.source ? element('p', { class: 'source muted' }, element('a', { href: `/library/${p.source.libraryId}#${p.source.paragraph}` }, p.source.label)) : null,
      p.rationaleHtml ? element('div', { class: 'rationale', 'aria-label': 'Rationale' }, element('span', { class: 'muted' }, 'Rationale: '), safeHtml(p.rationaleHtml)) : null,
      decisionOf(p)));
  const error = element('p', { class: 'error', role: 'alert' }, context.proposals.errors.has(p.id) ? failureText(context.proposals.errors.get(p.id)) : '');
  const actions = element('p', { class: 'proposal-actions' });
  const form = element('div', { class: 'proposal-form', hidden: '' });
  card.append(actions, form, error);
  if (p.status !== 'open') {
    if (context.showHistory && p.status === 'accepted' && p.clauseId) actions.append(button('History', () => context.showHistory(p.clauseId), { 'aria-label': `History of ${target}` }));
    return card;
  }

  const mine = p.organization === context.me.organization;
  const supported = (p.supporters ?? []).includes(context.me.organization);
  const name = `${p.organization}'s proposal ${target ? `on ${target}` : on}`;
  const { can } = context;
  if (can.decide()) {
    const accept = older
      ? () => showPreview(p, { ...context, modify: (text, version) => modifyForm(p, context, form, name, text, version) }, form, name)
      : () => context.proposals.accept(p.id);
    actions.append(...present(
      button('Accept', accept, { class: 'small primary', 'aria-label': `Accept ${name}` }),
      p.kind === 'replace' || p.kind === 'insert' ? button('Accept as modified', () => modifyForm(p, context, form, name), { 'aria-label': `Accept as modified ${name}` }) : null,
      button('Reject', () => rejectForm(p, context, form, name), { 'aria-label': `Reject ${name}` })));
  } else if (can.propose() && !mine && !supported) {
    actions.append(button('Support', () => context.proposals.support(p.id), { 'aria-label': `Support ${name}` }));
  } else if (supported) {
    actions.append(element('span', { class: 'muted' }, `${context.me.organization} supports it.`));
  }
  if (mine && can.propose()) {
    actions.append(button('Withdraw', () => context.proposals.withdraw(p.id), { 'aria-label': `Withdraw ${name}` }));
  }
  return card;
}

function changeOf(p, where, textOf) {
  const box = element('div', { class: 'proposal-change diff' });
  if (p.kind === 'replace') box.append(...(p.changes?.length ? segmentsOf(p.changes) : [p.text ?? '']));
  else if (p.kind === 'insert') box.append(element('ins', {}, p.text ?? ''));
  else if (p.kind === 'delete') {
    // The words to be deleted, not only the paragraph's number: the reader decides on the text.
    const text = textOf(p.clauseId);
    box.append(element('em', {}, `Delete ${where(p.clauseId) ?? ''}${text ? ': ' : ''}`), ...present(text ? element('del', {}, text) : null));
  }
  else if (p.kind === 'move') box.append(element('em', {}, `Move ${where(p.clauseId)} ${p.afterClauseId ? `after ${where(p.afterClauseId)}` : 'to the start'}`));
  return box;
}

function decisionOf(p) {
  if (p.status === 'open') return null;
  const when = p.decidedAt ? new Date(p.decidedAt).toLocaleString() : '';
  if (p.status === 'accepted') {
    return element('p', { class: 'decision' }, `Accepted${p.decidedBy ? ` by ${p.decidedBy}` : ''}${when ? `, ${when}` : ''}`,
      p.acceptedText ? element('span', {}, ' as modified: ', element('q', {}, p.acceptedText)) : '.');
  }
  if (p.status === 'rejected') return element('p', { class: 'decision' }, `Rejected${p.decidedBy ? ` by ${p.decidedBy}` : ''}: ${p.reason ?? ''}`);
  if (p.status === 'closed') return element('p', { class: 'decision muted' }, `Closed, never decided${when ? `, ${when}` : ''}: ${p.reason ?? 'the draft reached a final stage.'}`);
  return element('p', { class: 'decision muted' }, `${statusName(p.status)}${when ? `, ${when}` : ''}.`);
}

/**
 * The pen-holder edits the proposed text (or, for one made on an older text, the text it gives now), then accepts that,
 * written on the paragraph's version she read.
 */
function modifyForm(p, context, form, name, startFrom, onVersion) {
  const text = element('textarea', { rows: '3', 'aria-label': `Text to accept for ${name}` });
  text.value = startFrom ?? p.text ?? '';
  const version = onVersion ?? (p.kind === 'replace' ? context.versionOf?.(p.clauseId) ?? p.baseVersion : undefined);
  const send = button('Accept this text', async () => {
    if (await context.proposals.accept(p.id, { text: text.value, baseVersion: p.kind === 'replace' ? version : undefined })) close();
  }, { class: 'small primary' });
  const close = () => { form.hidden = true; form.replaceChildren(); };
  form.replaceChildren(element('label', {}, 'Accept as modified', text), element('p', {}, send, ' ', button('Cancel', close)));
  form.hidden = false;
  text.focus();
}

/** A rejection needs a reason the delegations will read. */
function rejectForm(p, context, form, name) {
  const reason = element('textarea', { rows: '2', required: '', 'aria-label': `Reason for rejecting ${name}` });
  const close = () => { form.hidden = true; form.replaceChildren(); };
  const send = button('Reject proposal', async () => {
    if (!reason.value.trim()) { reason.focus(); reason.setAttribute('aria-invalid', 'true'); return; }
    if (await context.proposals.reject(p.id, reason.value.trim())) close();
  }, { class: 'small primary' });
  form.replaceChildren(element('label', {}, 'Reason (the delegations see it)', reason), element('p', {}, send, ' ', button('Cancel', close)));
  form.hidden = false;
  reason.focus();
}

/**
 * Cards kept by proposal while nothing about them changed, so a live update elsewhere does not close a
 * form someone is filling in (accept as modified, reject).
 */
/** Whether p replaces a paragraph that changed since it was made (its card then previews before accepting). */
export function basedOnOlderText(p, context) {
  if (p.kind !== 'replace' || p.status !== 'open') return false;
  const version = context.versionOf?.(p.clauseId);
  return version !== undefined && version !== p.baseVersion;
}

export class CardCache {
  /** @param {(p)=>HTMLElement} build @param {(p)=>string} [extra] what else a card shows that can change (the paragraph's version) */
  constructor(build, extra = () => '') {
    this.build = build;
    this.extra = extra;
    this.cards = new Map();
  }

  card(p, error) {
    const signature = `${JSON.stringify(p)}|${error?.message ?? ''}|${this.extra(p)}`;
    const kept = this.cards.get(p.id);
    if (kept?.signature === signature) return kept.element;
    const built = this.build(p);
    this.cards.set(p.id, { signature, element: built });
    return built;
  }
}
