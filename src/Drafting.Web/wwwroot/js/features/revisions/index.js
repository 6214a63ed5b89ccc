import { ClauseHistory } from './clause-history.js';
import { NamingHistory } from './naming-history.js';
import { RevisionsPanel } from './revisions-panel.js';
import { StagePanel } from './stage-panel.js';

// The draft's history: published revisions (publish, compare), the names it was given, each paragraph's versions, the
// stage and its moves, and the masthead's revision label.

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const { state, can, resolutionId } = context;
  const stages = new StagePanel(context.part('stages'), { resolutionId, command: context.command });
  const history = new ClauseHistory(context.part('history'), { resolutionId, clauses: () => state.clauses });
  const revisions = new RevisionsPanel(context.part('revisions'), {
    resolutionId, command: context.command, canPublish: can.publish(), labelOf: (id) => state.labelOf(id),
    onRevisions: (list) => { context.revisionsChanged(list); showRevisionLabel(context.part('revision'), list); },
  });
  const names = new NamingHistory(resolutionId);
  return {
    // The names are read beside the revisions, not after them: the page is ready when the slower answers.
    ready: Promise.allSettled([revisions.start(), names.refresh()]).then(() => context.part('revisions').append(names.element)),
    showHistory: (clauseId) => { history.show(clauseId).catch(() => {}); },
    follow: (clauseId) => history.follow(clauseId),
    render(resolution) {
      stages.render(resolution);
      history.setClauses();
    },
    events: {
      clauseChanged: (change) => history.changed(change.clauseId),
      revisionPublished: () => { revisions.refresh().catch(() => {}); },
      silence: () => { revisions.refresh().catch(() => {}); },
      named: () => { names.refresh().catch(() => {}); },
    },
  };
}

/** The masthead's revision badge: the latest published revision ("Rev.1"), or the zero draft while it is written. */
function showRevisionLabel(badge, list) {
  const latest = list.at(-1);
  badge.textContent = latest ? latest.label : 'Zero draft (not yet published)';
  badge.title = latest ? `Latest published revision, ${new Date(latest.publishedAt).toLocaleString()}` : 'No revision published yet';
}
