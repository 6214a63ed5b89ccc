import { ExportPanel } from './export-panel.js';

// Exports of the text (Word, HTML, AKN, Markdown), offered to those the server lets export.

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const root = context.part('export');
  root.hidden = !context.can.export();
  if (root.hidden) return {};
  const panel = new ExportPanel(root, { resolutionId: context.resolutionId });
  return { revisions: (list) => panel.setRevisions(list) };
}
