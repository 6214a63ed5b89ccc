import { apiAll } from '../core/api.js';
import { newOpId } from '../core/command.js';
import { HubMethods } from '../core/contract.js';

// State shared by the features that show or make proposals (text editing, the proposals panel, agreed language):
// the resolution's proposals as the page knows them (GET …/proposals, then ProposalAdded/ProposalChanged),
// and what a delegation does with them: propose (hub), support, withdraw, accept, reject (REST).
// No DOM here: the panel and the compilation view listen and draw.

const kindNames = { replace: 'replace', insert: 'new paragraph', delete: 'delete', move: 'move' };
const statusNames = { open: 'Open', accepted: 'Accepted', rejected: 'Rejected', withdrawn: 'Withdrawn', superseded: 'Superseded', closed: 'Closed' };

/** "[Ghana, supported by Kenya: replace]", as the compilation text tags each proposal. */
export const proposalTag = (p) => `[${p.delegations || p.organization}: ${kindNames[p.kind] ?? p.kind}]`;
export const statusName = (status) => statusNames[status] ?? status;

/** Every delegation named on a proposal: the proposing one and its supporters. */
export const delegationsOf = (p) => [p.organization, ...(p.supporters ?? [])];

export class Proposals {
  /** @param {{resolutionId:string, live, command}} context */
  constructor(context) {
    this.context = context;
    /** By id, as last read or received. */
    this.all = new Map();
    /**
     * By id, the seq of the event (or answer) that gave the state held: a proposal's payload does not carry the seq of
     * every change, so freshness is the envelope's, never the payload's.
     */
    this.stateSeqs = new Map();
    /** The last failure of an action on a proposal, kept (by id) until the next action on it succeeds. */
    this.errors = new Map();
    this.listeners = new Set();
    /** The delegation the reader follows, in the panel and the compilation view alike ('' for all). */
    this.filter = { organization: '' };
  }

  setFilter(filter) {
    this.filter = { ...this.filter, ...filter };
    this.changed();
  }

  onChange(listener) { this.listeners.add(listener); }

  changed() { for (const listener of this.listeners) listener(); }

  async load() {
    const list = await apiAll(`/api/resolutions/${this.context.resolutionId}/proposals`);
    this.all = new Map(list.map((p) => [p.id, p]));
    this.stateSeqs.clear();
    this.changed();
  }

  /**
   * A proposal from an event (stateSeq: the envelope's seq) or an answer (the seq its change was stored at): the later
   * state wins, so a late answer never undoes an event and an event after one's own answer is never taken for an old one.
   */
  upsert(proposal, stateSeq = proposal.seq) {
    if ((this.stateSeqs.get(proposal.id) ?? 0) > stateSeq) return;
    this.stateSeqs.set(proposal.id, stateSeq);
    this.all.set(proposal.id, proposal);
    this.changed();
  }

  /** Open ones first, each group in the order proposed. */
  list({ status = 'open', organization = '' } = {}) {
    return [...this.all.values()]
      .filter((p) => (status === 'all' || p.status === status) && (!organization || delegationsOf(p).includes(organization)))
      .sort((a, b) => (b.status === 'open') - (a.status === 'open') || a.createdAt.localeCompare(b.createdAt));
  }

  organizations() {
    return [...new Set([...this.all.values()].flatMap(delegationsOf))].sort((a, b) => a.localeCompare(b));
  }

  /** Sends a proposal through the hub on behalf of the caller's delegation: {kind, clauseId, afterClauseId, insertKind, parentId, text, baseVersion, rationale}. */
  async propose(command) {
    const rationale = command.rationale?.trim() ? command.rationale.trim() : undefined;
    const proposal = await this.context.live.invoke(HubMethods.propose, this.context.resolutionId,
      { resolutionId: this.context.resolutionId, ...command, rationale, opId: newOpId() });
    this.upsert(proposal);
    return proposal;
  }

  support(id) { return this.act(id, 'support', {}); }

  withdraw(id) { return this.act(id, 'withdraw', {}); }

  /** Accepts; with text (and the clause version it was written on) "as modified". */
  accept(id, modified) { return this.act(id, 'accept', modified ?? {}); }

  reject(id, reason) { return this.act(id, 'reject', { reason }); }

  async act(id, action, body) {
    try {
      // Quiet: the refusal is shown on the proposal's card (errors), where the action was taken.
      const answer = await this.context.command(`/api/resolutions/${this.context.resolutionId}/proposals/${id}/${action}`, { body, quiet: true });
      this.errors.delete(id);
      this.upsert(answer.proposal ?? answer);
      return true;
    } catch (failure) {
      this.errors.set(id, failure);
      this.changed();
      return false;
    }
  }
}
