import { ErrorCodes, errorCode, errorMessage } from '../../core/contract.js';
import { normalize, rebase } from '../../core/text-merge.js';
import { newOpId } from '../../core/command.js';

const debounceMs = 250;
const retryMs = 2000;


/**
 * Keeps one clause's local text in step with the server: edits go out debounced on the version they
 * were made on; newer versions from others are folded into unsent text; a conflict is handed to the UI.
 * No DOM here: the editor reads `local` and is told through the callbacks when it changes.
 */
export class ClauseSync {
  /**
   * @param {{version:number, text:string}} clause the server state the editor opens on
   * @param {{send:(edit)=>Promise<object>, canSend:()=>boolean, onText:(text)=>void,
   *          onConflict:(conflict|null)=>void, onState:(state)=>void, onError:(message, code)=>void}} hooks
   */
  constructor(clause, hooks) {
    this.base = { version: clause.version, text: clause.text };
    this.local = clause.text;
    this.inflight = null;
    this.buffered = [];
    this.conflict = null;
    /** The server said its database is unreachable: the edit under way waits to be sent again. */
    this.waiting = false;
    /** The server refused the last send (its code and words): the text stays unsent until the user acts. */
    this.failure = null;
    this.timer = 0;
    this.hooks = hooks;
  }

  get dirty() { return normalize(this.local) !== this.base.text; }

  get settled() { return !this.inflight && !this.dirty && !this.conflict; }

  /** The user typed: remember the text and send it once typing pauses. */
  input(text) {
    this.local = text;
    this.failure = null;
    this.schedule();
  }

  schedule(delay = debounceMs) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delay);
    this.report();
  }

  /** The editor is closing: takes its text and sends it now rather than after the pause in typing. */
  async sendNow(text) {
    this.local = text;
    this.failure = null;
    await this.flush();
  }

  /** The editor was handed over (e.g. to a proposal): nothing more is sent from here. */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Sends the unsent text now (no-op while an edit is under way, a conflict is open or offline). */
  async flush() {
    clearTimeout(this.timer);
    if (this.stopped) return;
    if (this.inflight || this.conflict || !this.dirty || !this.hooks.canSend()) {
      this.report();
      return;
    }
    this.inflight = { opId: newOpId(), baseVersion: this.base.version, text: normalize(this.local) };
    await this.sendInflight();
  }

  /** After a reconnect: the edit that was under way goes again with the same opId (the server dedups). */
  async resend() {
    if (this.inflight) await this.sendInflight();
    else await this.flush();
  }

  async sendInflight() {
    const sent = this.inflight;
    this.report();
    let result;
    try {
      result = await this.hooks.send(sent);
    } catch (error) {
      if (!this.hooks.canSend()) return; // dropped connection: kept for resend()
      if (errorCode(error) === ErrorCodes.unavailable) {
        // Nothing was stored: the same edit goes again, same opId, until the database answers.
        this.waiting = true;
        this.unavailableAnswers = (this.unavailableAnswers ?? 0) + 1;
        this.report();
        setTimeout(() => { if (this.inflight === sent) this.sendInflight(); }, retryMs);
        return;
      }
      this.waiting = false;
      this.inflight = null;
      this.failure = { code: errorCode(error), message: errorMessage(error) };
      this.report();
      this.hooks.onError(this.failure.message, this.failure.code);
      return;
    }
    if (this.inflight !== sent) return;
    this.waiting = false;
    this.inflight = null;
    this.settle(sent, result);
  }

  settle(sent, result) {
    if (result.status === 'conflict') {
      this.openConflict(result);
    } else {
      // Applied, merged or a duplicate of an earlier try: the stored text may hold others' words too.
      const carried = rebase(sent.text, this.local, result.text);
      if (carried === null) {
        this.openConflict(result);
      } else {
        this.base = { version: result.version, text: result.text };
        this.setLocal(carried);
      }
    }
    const waiting = this.buffered;
    this.buffered = [];
    for (const change of waiting) this.receive(change);
    if (this.dirty) this.schedule();
    this.report();
  }

  /** A newer version of the clause arrived (someone else's edit, or the echo of ours). */
  receive(change) {
    if (change.version <= this.base.version) return;
    if (this.inflight) {
      this.buffered.push(change);
      return;
    }
    if (this.conflict) {
      // The version the conflict answer named arrives live too: nothing new.
      if (change.version <= this.conflict.version) return;
      // A newer one may be someone else's again: its author is not in the change, so none is named.
      this.conflict = { ...this.conflict, theirs: change.text, version: change.version, by: null };
      this.hooks.onConflict(this.conflict);
      return;
    }
    const carried = rebase(this.base.text, this.local, change.text);
    if (carried === null) {
      // Overlapping unsent text: keep it on its old base; the server merges word by word or reports a conflict.
      this.schedule(0);
      return;
    }
    this.base = { version: change.version, text: change.text };
    this.setLocal(carried);
    if (this.dirty) this.schedule();
    this.report();
  }

  openConflict(result) {
    this.conflict = { mine: this.local, theirs: result.text, version: result.version, by: result.by ?? null };
    this.hooks.onConflict(this.conflict);
  }

  /** Keeps `text`, the text now in the editor (mine, or a hand merge), as the next version. */
  keepMine(text) {
    if (!this.conflict) return;
    this.local = text;
    this.base = { version: this.conflict.version, text: this.conflict.theirs };
    this.conflict = null;
    this.hooks.onConflict(null);
    this.flush();
  }

  /** Drops the local text for the current server text. */
  takeTheirs() {
    if (!this.conflict) return;
    this.base = { version: this.conflict.version, text: this.conflict.theirs };
    this.conflict = null;
    this.hooks.onConflict(null);
    this.setLocal(this.base.text);
    this.report();
  }

  setLocal(text) {
    if (text === this.local) return;
    this.local = text;
    this.hooks.onText(text);
  }

  report() {
    let state = 'saved';
    if (this.conflict) state = 'conflict';
    else if (this.inflight) state = this.waiting ? 'waiting' : 'saving';
    else if (this.failure && this.dirty) state = 'error';
    else if (this.dirty) state = this.hooks.canSend() ? 'pending' : 'offline';
    this.hooks.onState(state);
  }
}
