import { AgreedLanguageMarks } from './agreed-language-marks.js';
import { AgreedLanguagePanel } from './agreed-language-panel.js';

// Agreed language: marks on paragraphs that match the library, and the panel to search it and take a paragraph
// (inserted by those who edit, proposed by those who propose).

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const { state, can, resolutionId } = context;
  const panel = new AgreedLanguagePanel(context.part('agreed-language'), {
    resolutionId,
    take: {
      // Those who propose while the pen-holder takes proposals propose it; those who edit insert it.
      mode: () => (state.proposing ? (can.propose() ? 'propose' : null) : can.edit() ? 'insert' : can.propose() ? 'propose' : null),
      insert: async (hit) => {
        const kind = hit.number.startsWith('PP') ? 'preambular' : 'operative';
        const list = kind === 'preambular' ? state.resolution.preambular : state.resolution.operative;
        const change = await context.command(`/api/resolutions/${resolutionId}/clauses`, {
          body: { kind, position: list.length, text: hit.text, source: { libraryId: hit.id, paragraph: hit.clauseId } },
        });
        await context.reload();
        context.showHistory(change.clauseId);
      },
      propose: (hit) => state.proposals.propose({
        kind: 'insert', insertKind: hit.number.startsWith('PP') ? 'preambular' : 'operative', text: hit.text,
        source: { libraryId: hit.id, paragraph: hit.clauseId },
      }),
    },
  });
  const marks = new AgreedLanguageMarks(context.article, { resolutionId, open: (source, clauseId) => panel.showHistory(source, clauseId) });
  return {
    // The marks are no part of the page being usable: the whole draft's check waits for the page to be ready, and says
    // when its marks are on the text (body[data-agreed-marks], the `drafting-agreed-marks` performance mark).
    afterReady: () => marks.loadAll().then(() => 'shown', () => 'failed').then((outcome) => {
      document.body.dataset.agreedMarks = outcome;
      performance.mark('drafting-agreed-marks');
    }),
    render: () => marks.apply(),
    events: {
      clauseChanged: (change) => marks.changed(change.clauseId),
      // An inserted paragraph (or an accepted insert) has no mark yet: check it alone.
      structureChanged: (change) => { if (change?.change === 'inserted' && change.clauseId) marks.changed(change.clauseId); },
    },
  };
}
