import { CommentsPanel } from './comments-panel.js';
import { commentOnSelection } from './selection-comments.js';

// Comments: the panel of threads by paragraph, the marks they put on the text, and "Comment on selection".

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const { state, can } = context;
  const panel = new CommentsPanel(context.part('comments'), {
    resolutionId: context.resolutionId, live: context.live, command: context.command, me: state.me, can, canComment: can.comment(),
    clauses: () => state.clauses,
    focusClause: context.focusClause,
    onChange: () => context.refreshMarks(),
  });
  const startComment = (clauseId, text, start, end) => panel.startComment(clauseId, state.labelOf(clauseId), text, start, end);
  commentOnSelection(context.part('comment-selection'), { canComment: () => can.comment(), startComment });
  return {
    ready: panel.load().catch((e) => context.notify(e.message)),
    startComment,
    marksFor: (clause) => panel.marksFor(clause),
    reloaded: () => panel.render(),
    events: {
      clauseChanged: () => panel.render(),
      structureChanged: () => { panel.load().catch(() => {}); },
      // The payload is the comment as logged (seq 0); the envelope's seq is its own, which orders replies.
      comment: (comment, event) => panel.upsert({ ...comment, seq: event.seq }),
    },
  };
}
