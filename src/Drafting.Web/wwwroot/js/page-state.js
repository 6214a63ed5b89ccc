import { clausesOf } from './document-view.js';

// What the resolution page knows: who is signed in, their role, the resolution as last read, who is
// present and which clauses have an open editor. One object, read and changed by the page's parts.

/** The caller's permissions as the server states them in the resolution JSON (`permissions`). */
let granted = {};

/**
 * What the caller may do in the page: the server's word, read from the resolution it sent (the role argument is
 * kept for the call sites; no role table lives here). `edit` is whether the role edits at all; whether an edit is
 * accepted now (stage, mode, silence) the server says on each edit.
 */
export const can = {
  edit: () => Boolean(granted.editor),
  comment: () => Boolean(granted.comment),
  export: () => Boolean(granted.export),
  sponsors: () => Boolean(granted.manageSponsors),
  participants: () => Boolean(granted.manageParticipants),
  publish: () => Boolean(granted.publish),
  propose: () => Boolean(granted.propose),
  decide: () => Boolean(granted.decideProposals),
  startSilence: () => Boolean(granted.startSilence),
  breakSilence: () => Boolean(granted.breakSilence),
  withdrawSilence: () => Boolean(granted.withdrawSilence),
  nameDraft: () => Boolean(granted.nameDraft),
};

/** The model's limits as the server states them (`limits`), with the defaults of the contract. */
export let limits = { maxSubParagraphDepth: 4 };

export class PageState {
  constructor(resolutionId) {
    this.resolutionId = resolutionId;
    this.me = null;
    this.role = null;
    this.resolution = null;
    /** Every clause in reading order with its label, depth, list and index (see clausesOf). */
    this.clauses = [];
    this.presence = [];
    /** Open editors by clause id. */
    this.editors = new Map();
  }

  setResolution(resolution) {
    this.resolution = resolution;
    this.grant(resolution);
    this.clauses = clausesOf(resolution);
  }

  /** Takes the caller's permissions and the model's limits from a resolution the server sent. */
  grant(resolution) {
    if (resolution.permissions) granted = resolution.permissions;
    if (resolution.limits) limits = resolution.limits;
  }

  /** A drafter while the pen-holder takes proposals only: clicking a paragraph opens it to propose, not to edit. */
  get proposing() { return this.role === 'drafter' && this.resolution?.mode === 'proposals'; }

  /** Where a clause stands in reading order (for sorting what refers to it); unknown ones last. */
  orderOf(clauseId) {
    const at = this.clauses.findIndex((c) => c.clause.id === clauseId);
    return at < 0 ? this.clauses.length : at;
  }

  entryOf(clauseId) { return this.clauses.find((c) => c.clause.id === clauseId); }

  labelOf(clauseId) { return this.entryOf(clauseId)?.label; }
}
