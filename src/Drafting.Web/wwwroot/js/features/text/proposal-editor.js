import { element } from '../../core/api.js';
import { fitTextarea, openTextarea } from '../../core/clause-textarea.js';
import { errorMessage } from '../../core/contract.js';
import { normalize } from '../../core/text-merge.js';

const placeholder = { preambular: 'Recalling ,', operative: 'Decides ;', subParagraph: 'new sub-paragraph;' };
const closeAfterMs = 1200;

/**
 * The clause editor in "propose" form, for a drafter while the pen-holder takes proposals only: the same
 * textarea where the text was, but nothing is sent while typing; Done sends the text as the delegation's
 * replacement proposal (on the clause version it was opened on), with an optional rationale. Deletion and a
 * new paragraph after this one are proposed from here too. The text is never dropped on a refusal.
 */
export class ProposalEditor {
  /**
   * @param {{id:string, text:string, version:number}} clause
   * @param {string} label e.g. "OP 2"
   * @param {{proposals, organization:string, kind:string, parentId:string|null, onClose:(editor)=>void,
   *          showHistory:(clauseId)=>void, text?:string, baseVersion?:number}} context
   */
  constructor(clause, label, context) {
    this.clauseId = clause.id;
    this.context = context;
    this.base = { version: context.baseVersion ?? clause.version, text: clause.text };
    if (context.baseVersion !== undefined && context.baseVersion !== clause.version) this.base.text = null;
    this.textarea = element('textarea', { class: 'clause-input', rows: '2', spellcheck: 'true' });
    this.textarea.value = context.text ?? clause.text;
    this.rationale = element('textarea', { class: 'rationale-input', rows: '1', placeholder: 'Why your delegation proposes this (Markdown)' });
    this.status = element('span', { class: 'editor-status', role: 'status' });
    this.note = element('p', { class: 'proposal-note' });
    this.insertBox = element('div', { class: 'proposal-insert', hidden: '' });
    const button = (text, onClick, attributes = {}) => {
      const b = element('button', { type: 'button', class: 'small', ...attributes }, text);
      b.addEventListener('click', onClick);
      return b;
    };
    this.doneButton = button('Done', () => this.close(), { class: 'small primary' });
    this.deleteButton = button('Propose deletion', () => this.confirmDelete());
    this.insertButton = button('Propose new paragraph after', () => this.openInsert());
    this.historyButton = button('History', () => context.showHistory(this.clauseId));
    const rationaleId = `rationale-${clause.id}`;
    this.rationale.id = rationaleId;
    this.element = element('div', { class: 'clause-editor proposing', 'data-editor-of': clause.id, 'data-state': 'draft' },
      this.note,
      this.textarea,
      element('label', { class: 'rationale-label', for: rationaleId }, 'Rationale (optional)'),
      this.rationale,
      element('div', { class: 'editor-bar' },
        this.status,
        element('span', { class: 'editor-actions' },
          this.doneButton,
          button('Cancel', () => this.cancel()),
          this.deleteButton,
          this.insertButton,
          this.historyButton)),
      this.insertBox);
    this.setLabel(label);
    this.showState('draft');

    this.textarea.addEventListener('input', () => { this.fit(); this.showState('draft'); });
    this.textarea.addEventListener('keydown', (event) => {
      // A clause is one paragraph: Enter proposes it; Escape drops it only while nothing was changed.
      if (event.key === 'Enter') { event.preventDefault(); this.close(); }
      if (event.key === 'Escape' && !this.changed) { event.preventDefault(); this.cancel(); }
    });
  }

  get changed() { return normalize(this.textarea.value) !== normalize(this.base.text ?? ''); }

  setLabel(label) {
    this.label = label;
    this.textarea.setAttribute('aria-label', `Proposed text of ${label}`);
    this.rationale.setAttribute('aria-label', `Rationale for the proposal on ${label} (optional)`);
    this.deleteButton.setAttribute('aria-label', `Propose deletion of ${label}`);
    this.insertButton.setAttribute('aria-label', `Propose new paragraph after ${label}`);
    this.historyButton.setAttribute('aria-label', `History of ${label}`);
    this.note.textContent = `Proposals only: Done sends your text for ${label} to the pen-holder as ${this.context.organization}'s proposal.`;
  }

  showState(state, message = '') {
    const text = {
      draft: this.changed ? 'Not sent: press Done to propose it' : 'Change the text, then press Done to propose it',
      sending: 'Sending proposal…',
      proposed: 'Proposed',
      error: `Not proposed: ${message} Your text is kept.`,
    };
    this.status.textContent = text[state];
    this.element.dataset.state = state;
  }

  open(options = {}) {
    openTextarea(this.textarea, options);
  }

  fit() {
    fitTextarea(this.textarea);
  }

  /** Someone changed the clause: an untouched editor follows; a started proposal stays on the version it was written on. */
  receive(change) {
    if (change.version <= this.base.version) return;
    if (!this.changed) {
      this.base = { version: change.version, text: change.text };
      this.textarea.value = change.text;
      this.fit();
      this.showState('draft');
    } else {
      this.status.textContent = `The paragraph changed meanwhile; your proposal is on the version you started from (${this.base.version}). Press Done to propose it.`;
    }
  }

  /** Another paragraph is opened: an untouched editor closes, a started proposal stays open (never sent unasked, never lost). */
  leave() {
    if (!this.changed) this.cancel();
  }

  /** Done: sends the replacement proposal, says "Proposed" and closes; unchanged text just closes. */
  async close() {
    if (!this.changed) { this.cancel(); return; }
    await this.send({ kind: 'replace', clauseId: this.clauseId, text: normalize(this.textarea.value), baseVersion: this.base.version }, 'Proposed');
  }

  cancel() { this.context.onClose(this); }

  async send(command, done) {
    if (this.sending) return;
    this.sending = true;
    this.showState('sending');
    try {
      await this.context.proposals.propose({ ...command, rationale: this.rationale.value });
    } catch (failure) {
      this.sending = false;
      this.showState('error', errorMessage(failure));
      return;
    }
    this.showState('proposed');
    this.status.textContent = done;
    setTimeout(() => this.context.onClose(this), closeAfterMs);
  }

  confirmDelete() {
    if (this.deleteButton.dataset.confirm) {
      this.send({ kind: 'delete', clauseId: this.clauseId }, 'Deletion proposed');
      return;
    }
    this.deleteButton.dataset.confirm = 'yes';
    this.deleteButton.textContent = 'Confirm: propose deletion';
    setTimeout(() => { delete this.deleteButton.dataset.confirm; this.deleteButton.textContent = 'Propose deletion'; }, 4000);
  }

  openInsert() {
    const text = element('textarea', { class: 'clause-input', rows: '2', placeholder: placeholder[this.context.kind] ?? '', 'aria-label': `New paragraph after ${this.label}` });
    const send = element('button', { type: 'button', class: 'small primary' }, 'Propose new paragraph');
    send.addEventListener('click', () => {
      if (!text.value.trim()) { text.focus(); return; }
      this.send({ kind: 'insert', insertKind: this.context.kind, afterClauseId: this.clauseId, parentId: this.context.parentId ?? undefined, text: normalize(text.value) }, 'New paragraph proposed');
    });
    const cancel = element('button', { type: 'button', class: 'small' }, 'Cancel');
    cancel.addEventListener('click', () => { this.insertBox.hidden = true; this.insertBox.replaceChildren(); this.insertButton.focus(); });
    this.insertBox.replaceChildren(element('p', { class: 'proposal-note' }, `A new paragraph after ${this.label}, proposed by ${this.context.organization} (the rationale above goes with it):`),
      text, element('p', { class: 'editor-actions' }, send, cancel));
    this.insertBox.hidden = false;
    text.focus();
  }

  /** Called by the page when the connection is back: nothing is sent in the background here. */
  async resend() {}
}
