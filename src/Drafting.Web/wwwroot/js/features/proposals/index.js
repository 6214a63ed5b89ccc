import { CompilationView } from './compilation-view.js';
import { ModeSwitch } from './mode-switch.js';
import { ProposalsPanel } from './proposals-panel.js';
import { WordReviewPanel } from './word-review-panel.js';

// Proposals: the panel of cards, the compilation view in the text, the editing-mode switch and the Word review upload.
// The proposals themselves are state (state/proposals.js), shared with the text editor and agreed language.

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const { state, can, resolutionId } = context;
  const proposals = state.proposals;
  const cards = {
    resolutionId, proposals, me: state.me, can, canExport: can.export(),
    orderOf: (id) => state.orderOf(id),
    labelOf: (id) => state.labelOf(id),
    textOf: (id) => state.entryOf(id)?.clause.text,
    versionOf: (id) => state.entryOf(id)?.clause.version,
    clauses: () => state.clauses,
    focusClause: context.focusClause,
    showHistory: context.showHistory,
  };
  const panel = new ProposalsPanel(context.part('proposals'), cards);
  const compilation = new CompilationView(context.article, cards);
  const modeSwitch = new ModeSwitch(context.part('mode'), { resolutionId, command: context.command, canSwitch: can.decide() });
  if (can.propose()) {
    const root = context.part('word-review');
    new WordReviewPanel(root, { resolutionId, me: state.me, mayActForOthers: can.proposeForDelegations(), command: context.command });
    root.hidden = false;
  }
  const tools = context.part('tools');
  tools.prepend(compilation.toggle);
  if (modeSwitch.button) tools.append(modeSwitch.button);
  return {
    ready: proposals.load().catch((e) => context.notify(e.message)),
    render(resolution) {
      modeSwitch.set(resolution.mode);
      compilation.render();
      panel.render();
    },
    events: {
      // A proposal on this paragraph may now be based on an older text: its card says so.
      clauseChanged: () => panel.render(),
      proposal: (proposal, event) => proposals.upsert(proposal, event.seq),
      modeChanged: (mode) => modeSwitch.set(mode),
    },
  };
}
