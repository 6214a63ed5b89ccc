import { element } from '../../core/api.js';
import { fitTextarea, openTextarea } from '../../core/clause-textarea.js';
import { ErrorCodes, HubMethods } from '../../core/contract.js';
import { ClauseSync } from './clause-sync.js';
import { mapCaret } from '../../core/text-merge.js';
import { personLabel } from '../../core/person-label.js';

/** Refusals that sending again will not turn into a save: the draft frozen, the role no longer editing. */
const lastingRefusals = new Set([ErrorCodes.frozen, ErrorCodes.forbidden, ErrorCodes.notParticipant]);

const stateText = {
  saved: 'Saved',
  pending: 'Typing…',
  saving: 'Saving…',
  offline: 'Offline: kept, sent when the connection is back',
  waiting: 'Kept: the server cannot reach its database; sent again until it can',
  conflict: 'Conflict: choose below',
  error: 'Not saved',
};

/**
 * In-place editing of one clause for drafters and the pen-holder: a textarea where the text was, a
 * status, structure buttons, and the conflict chooser. The text itself is kept in step by ClauseSync.
 */
export class ClauseEditor {
  /**
   * @param {{id:string, text:string, version:number}} clause
   * @param {string} label e.g. "OP 3"
   * @param {{live, resolutionId:string, actions:{insertAfter, addSub, move, remove, comment}, canAddSub:boolean, onClose:()=>void,
   *          showHistory:(clauseId)=>void, proposeInstead?:(editor, text:string, baseVersion:number)=>void}} context
   */
  constructor(clause, label, context) {
    this.clauseId = clause.id;
    this.context = context;
    this.textarea = element('textarea', { class: 'clause-input', rows: '2', 'aria-label': `Text of ${label}`, spellcheck: 'true' });
    this.textarea.value = clause.text;
    this.status = element('span', { class: 'editor-status', role: 'status' }, 'Saved');
    this.conflictBox = element('div', { class: 'conflict', role: 'alert', hidden: '' });
    this.refusalBox = element('div', { class: 'conflict refusal', role: 'alert', hidden: '' });
    const button = (text, onClick, attributes = {}) => {
      const b = element('button', { type: 'button', class: 'small', ...attributes }, text);
      b.addEventListener('click', onClick);
      return b;
    };
    this.deleteButton = button('Delete', () => this.confirmDelete());
    this.element = element('div', { class: 'clause-editor', 'data-editor-of': clause.id },
      this.textarea,
      element('div', { class: 'editor-bar' },
        this.status,
        this.actions = element('span', { class: 'editor-actions' },
          button('Done', () => this.close(), { class: 'small primary' }),
          button('Comment on selection', () => this.commentOnSelection()),
          button('Insert after', () => context.actions.insertAfter(this.clauseId)),
          context.canAddSub ? button('Add sub-paragraph', () => context.actions.addSub(this.clauseId)) : null,
          this.moveUp = button('Move up', () => context.actions.move(this.clauseId, -1)),
          this.moveDown = button('Move down', () => context.actions.move(this.clauseId, 1)),
          this.deleteButton,
          this.historyButton = button('History', () => context.showHistory(this.clauseId)))),
      this.conflictBox,
      this.refusalBox);

    this.setLabel(label);
    this.sync = new ClauseSync(clause, {
      send: (edit) => context.live.invoke(HubMethods.editClause, { resolutionId: context.resolutionId, clauseId: clause.id, ...edit }),
      canSend: () => context.live.connected,
      onText: (text) => this.showText(text),
      onConflict: (conflict) => this.showConflict(conflict),
      onState: (state) => {
        if (this.refused) return;
        this.status.textContent = state === 'error' ? `Not saved: ${this.sync.failure.message}` : stateText[state];
        if (state !== 'error') this.showRefusal(null);
        this.element.dataset.state = state;
        // How often the server answered "unavailable" to this edit: a state tests (and tools) can wait on.
        this.element.dataset.unavailableAnswers = String(this.sync.unavailableAnswers ?? 0);
        if (state === 'saved' && this.closing) queueMicrotask(() => context.onClose(this));
      },
      onError: (message, code) => this.showRefusal(code, message),
    });

    this.textarea.addEventListener('input', () => {
      this.fit();
      // While a conflict is open, "Yours" is what is in the box now, not what was first sent.
      if (this.mineView) this.mineView.textContent = this.textarea.value;
      this.sync.input(this.textarea.value);
    });
    this.textarea.addEventListener('keydown', (event) => {
      // A clause is one paragraph: Enter finishes, Escape too.
      if (event.key === 'Enter' || event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
    this.textarea.addEventListener('focus', () => context.live.invoke(HubMethods.setFocus, context.resolutionId, clause.id).catch(() => {}));
  }

  /** Numbers change as clauses are inserted and moved; the accessible names follow. */
  setLabel(label) {
    this.textarea.setAttribute('aria-label', `Text of ${label}`);
    this.moveUp.setAttribute('aria-label', `Move ${label} up`);
    this.moveDown.setAttribute('aria-label', `Move ${label} down`);
    this.historyButton.setAttribute('aria-label', `History of ${label}`);
  }

  /** A newer version of the clause arrived. */
  receive(change) { this.sync.receive(change); }

  /** Another paragraph is opened: this one saves and closes. */
  leave() { return this.close(); }

  /**
   * The server refused the text. In proposals mode a drafter's edit is refused: the text stays in the box and
   * can go to the pen-holder as a proposal instead. A refusal that typing again will not change (the draft is
   * frozen, the role no longer edits) stops sending: the box keeps the text to copy, and says why.
   */
  showRefusal(code, message) {
    if (code === ErrorCodes.proposalsOnly && this.context.proposeInstead) {
      const propose = element('button', { type: 'button', class: 'small primary' }, 'Propose this instead');
      propose.addEventListener('click', () => this.context.proposeInstead(this, this.textarea.value, this.sync.base.version));
      this.refusalBox.replaceChildren(
        element('p', {}, element('strong', {}, 'The pen-holder now takes proposals only.'),
          ' Your text was not saved as an edit; it is still in the box above.'),
        element('p', { class: 'conflict-actions' }, propose));
      this.refusalBox.hidden = false;
      return;
    }
    if (lastingRefusals.has(code)) {
      this.keepRefused(message);
      return;
    }
    if (this.refused) return;
    this.refusalBox.hidden = true;
    this.refusalBox.replaceChildren();
  }

  /** Nothing more can be saved from this editor: the text stays, read-only, with a way to copy it and to let it go. */
  keepRefused(reason) {
    this.refused = true;
    this.sync.stop();
    this.textarea.readOnly = true;
    // Done, insert, move, delete would all be refused the same way: only copying and discarding are left.
    this.actions.hidden = true;
    this.status.textContent = 'Not saved';
    this.element.dataset.state = 'refused';
    const copy = element('button', { type: 'button', class: 'small primary' }, 'Copy my text');
    const copied = element('span', { class: 'muted', role: 'status' });
    copy.addEventListener('click', async () => {
      this.textarea.select();
      try {
        await navigator.clipboard.writeText(this.textarea.value);
        copied.textContent = ' Copied.';
      } catch {
        copied.textContent = ' Selected: press Ctrl+C (⌘C) to copy.';
      }
    });
    const discard = element('button', { type: 'button', class: 'small' }, 'Discard my text');
    discard.addEventListener('click', () => this.context.onClose(this));
    this.refusalBox.replaceChildren(
      element('p', {}, element('strong', {}, 'Your text was not saved. '), reason),
      element('p', {}, 'It stays in the box above until you copy it or discard it.'),
      element('p', { class: 'conflict-actions' }, copy, ' ', discard, copied));
    this.refusalBox.hidden = false;
  }

  open(options = {}) {
    openTextarea(this.textarea, options);
  }

  fit() {
    fitTextarea(this.textarea);
  }

  /** New text from the server folded into ours: keep the caret where the user was typing. */
  showText(text) {
    const before = this.textarea.value;
    const focused = document.activeElement === this.textarea;
    const [start, end] = [this.textarea.selectionStart, this.textarea.selectionEnd];
    this.textarea.value = text;
    if (focused) this.textarea.setSelectionRange(mapCaret(start, before, text), mapCaret(end, before, text));
    this.fit();
  }

  /** Who changed the same words, and both texts: hers as it is in the box now, theirs as stored. */
  showConflict(conflict) {
    if (!conflict) {
      this.mineView = null;
      this.conflictBox.hidden = true;
      this.conflictBox.replaceChildren();
      return;
    }
    const keep = element('button', { type: 'button', class: 'small primary' }, 'Save my text');
    keep.addEventListener('click', () => { this.sync.keepMine(this.textarea.value); this.textarea.focus(); });
    const take = element('button', { type: 'button', class: 'small' }, 'Take their text');
    take.addEventListener('click', () => { this.sync.takeTheirs(); this.textarea.focus(); });
    const other = personLabel(conflict.by, 'Someone');
    this.mineView = element('p', { class: 'mine' }, this.textarea.value);
    this.conflictBox.replaceChildren(
      element('p', {}, element('strong', { class: 'conflict-author' }, `${other} changed the same words at the same time.`),
        ' Your text is in the box above: edit it to combine both, then save it, or take theirs.'),
      element('div', { class: 'versions' },
        element('div', {}, element('h4', {}, 'Yours, as in the box now'), this.mineView),
        element('div', {}, element('h4', {}, conflict.by ? `${conflict.by.displayName}'s (version ${conflict.version})` : `Theirs (version ${conflict.version})`),
          element('p', { class: 'theirs' }, conflict.theirs))),
      element('p', { class: 'conflict-actions' }, keep, ' ', take));
    this.conflictBox.hidden = false;
  }

  commentOnSelection() {
    const { selectionStart: start, selectionEnd: end, value } = this.textarea;
    this.context.actions.comment(this.clauseId, value, start, end);
  }

  confirmDelete() {
    if (this.deleteButton.dataset.confirm) {
      this.context.actions.remove(this.clauseId);
      return;
    }
    this.deleteButton.dataset.confirm = 'yes';
    this.deleteButton.textContent = 'Confirm delete';
    setTimeout(() => { delete this.deleteButton.dataset.confirm; this.deleteButton.textContent = 'Delete'; }, 4000);
  }

  /** Sends what is unsent and closes once the server has it (a conflict must be settled first). */
  async close() {
    await this.sync.sendNow(this.textarea.value);
    if (this.sync.conflict) return;
    if (!this.sync.settled) {
      this.closing = true;
      return;
    }
    this.context.onClose(this);
  }

  /** Called by the page when the connection is back. */
  async resend() {
    await this.sync.resend();
    if (this.closing && this.sync.settled) this.context.onClose(this);
  }
}
