import { LintPanel } from './lint-panel.js';

// Editorial checks of the text, read again shortly after each change.

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const { state } = context;
  const lint = new LintPanel(context.part('lint'), { resolutionId: context.resolutionId, labelOf: (id) => state.labelOf(id), focusClause: context.focusClause });
  return {
    ready: lint.refresh().catch(() => {}),
    reloaded: () => lint.refreshSoon(),
    events: { clauseChanged: () => lint.refreshSoon() },
  };
}
