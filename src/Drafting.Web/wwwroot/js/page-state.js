import { clausesOf } from './document-view.js';

// What the resolution page knows: who is signed in, their role, the resolution as last read, who is
// present and which clauses have an open editor. One object, read and changed by the page's parts.

/** What each role may do in the page (the server decides; this only hides what would be refused). */
export const can = {
  edit: (role) => role === 'penholder' || role === 'drafter',
  comment: (role) => role === 'penholder' || role === 'drafter' || role === 'observer',
  export: (role) => role !== 'observer',
  sponsors: (role) => role === 'penholder',
  publish: (role) => role === 'penholder' || role === 'secretary',
  propose: (role) => role === 'penholder' || role === 'drafter',
  decide: (role) => role === 'penholder',
  startSilence: (role) => role === 'penholder' || role === 'secretary',
  breakSilence: (role) => role === 'drafter',
  withdrawSilence: (role) => role === 'penholder',
};

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
    this.clauses = clausesOf(resolution);
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
