// Who is in the resolution, as the page keeps it: the join answer's list, then each PresenceChanged delta applied
// in presenceSeq order. A delta already applied is ignored; a missing one (or a change this list cannot place)
// means "ask for the whole list" (GetPresence), as a gap in seq means "catch up" for events.

import { PresenceChangeKinds } from './contract.js';

export class PresenceList {
  constructor() {
    this.byUser = new Map();
    this.presenceSeq = -1;
  }

  /** Starts again from a whole list (the join answer or GetPresence) current at presenceSeq. */
  reset(present, presenceSeq) {
    this.byUser = new Map((present ?? []).map((entry) => [entry.userId, entry]));
    this.presenceSeq = presenceSeq ?? 0;
  }

  /**
   * Applies one delta: 'applied', 'stale' (already applied, or before the list) or 'gap' (one is missing: the
   * caller asks for the whole list; nothing was changed).
   */
  apply(delta) {
    if (this.presenceSeq < 0 || delta.presenceSeq <= this.presenceSeq) return 'stale';
    const placeable = delta.changes.every((change) => (change.kind === PresenceChangeKinds.focus ? this.byUser.has(change.userId)
      : change.kind === PresenceChangeKinds.joined || change.kind === PresenceChangeKinds.left));
    if (delta.presenceSeq > this.presenceSeq + 1 || !placeable) return 'gap';
    for (const change of delta.changes) {
      if (change.kind === PresenceChangeKinds.left) {
        this.byUser.delete(change.userId);
      } else if (change.kind === PresenceChangeKinds.focus) {
        this.byUser.set(change.userId, { ...this.byUser.get(change.userId), clauseId: change.clauseId ?? null });
      } else {
        const entry = { ...change, clauseId: change.clauseId ?? null };
        delete entry.kind;
        this.byUser.set(change.userId, entry);
      }
    }
    this.presenceSeq = delta.presenceSeq;
    return 'applied';
  }

  /** Everyone, ordered as the server orders the list (display name, then user id). */
  get present() {
    const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.byUser.values()].sort((a, b) => order(a.displayName, b.displayName) || order(a.userId, b.userId));
  }
}
