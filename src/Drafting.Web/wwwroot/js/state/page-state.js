import { clausesOf } from './clauses.js';

// What the resolution page knows, in one object read and changed by the page's features: who is signed in, the
// resolution as last read with the caller's permissions, who is present and which clauses have an open editor.

export class PageState {
  constructor(resolutionId) {
    this.resolutionId = resolutionId;
    this.me = null;
    /** The caller's role, for display only: what the page offers comes from `permissions`. */
    this.role = null;
    this.resolution = null;
    /** The caller's permissions as the server states them in the resolution JSON (CallerPermissionsDto). */
    this.permissions = {};
    /** The model's limits as the server states them (`limits`), with the defaults of the contract. */
    this.limits = { maxSubParagraphDepth: 4 };
    /** Every clause in reading order with its label, depth, list and index (see clausesOf). */
    this.clauses = [];
    this.presence = [];
    /** Open editors by clause id. */
    this.editors = new Map();
    /** The stage the page's controls were built for, and whether a newer one waits for the open editors to close. */
    this.startedStage = null;
    this.stagePending = false;
    const granted = (name) => () => Boolean(this.permissions[name]);
    /**
     * What the caller may do in the page: the server's word, never a role table. `edit` is whether the caller opens
     * paragraphs at all; whether an edit is accepted now (stage, mode, silence) the server says on each edit.
     */
    this.can = Object.freeze({
      edit: granted('editor'),
      comment: granted('comment'),
      export: granted('export'),
      sponsors: granted('manageSponsors'),
      participants: granted('manageParticipants'),
      publish: granted('publish'),
      propose: granted('propose'),
      decide: granted('decideProposals'),
      startSilence: granted('startSilence'),
      breakSilence: granted('breakSilence'),
      withdrawSilence: granted('withdrawSilence'),
      nameDraft: granted('nameDraft'),
      resolveComments: granted('resolveComments'),
      proposeForDelegations: granted('proposeForDelegations'),
    });
  }

  setResolution(resolution) {
    this.resolution = resolution;
    this.grant(resolution);
    this.clauses = clausesOf(resolution);
  }

  /** Takes the caller's permissions and the model's limits from a resolution the server sent. */
  grant(resolution) {
    if (resolution.role) this.role = resolution.role;
    if (resolution.permissions) this.permissions = resolution.permissions;
    if (resolution.limits) this.limits = resolution.limits;
  }

  /**
   * The caller proposes rather than edits: the mode is "proposals only" and she may propose but not decide (the one
   * who decides proposals edits directly in that mode).
   */
  get proposing() { return this.resolution?.mode === 'proposals' && this.can.propose() && !this.can.decide(); }

  /** Where a clause stands in reading order (for sorting what refers to it); unknown ones last. */
  orderOf(clauseId) {
    const at = this.clauses.findIndex((c) => c.clause.id === clauseId);
    return at < 0 ? this.clauses.length : at;
  }

  entryOf(clauseId) { return this.clauses.find((c) => c.clause.id === clauseId); }

  labelOf(clauseId) { return this.entryOf(clauseId)?.label; }
}
