import { element } from '../../core/api.js';
import { HubMethods } from '../../core/contract.js';
import { ClauseEditor } from './clause-editor.js';
import { DocumentView } from './document-view.js';
import { NamingForm } from './naming-form.js';
import { ProposalEditor } from './proposal-editor.js';
import { SponsorsEditor } from './sponsors-editor.js';
import { StructureActions } from './structure-actions.js';
import { TextFinder } from './text-finder.js';

// The text and its editing: the document view, one open paragraph at a time (edit, or propose in proposals mode),
// structure actions, finding in the text, and the toolbar's text buttons (add paragraphs, name the draft, sponsors).

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const { state, can, article, live, resolutionId } = context;
  const view = new DocumentView(article, {
    editable: can.edit(),
    marksFor: (clause) => context.marksFor(clause),
    editorFor: (clauseId) => state.editors.get(clauseId)?.element,
  });
  const structure = new StructureActions(state, { reload: context.reload, command: context.command, startComment: context.startComment });
  new TextFinder(context.part('finder'), { article, clauses: () => state.clauses, focusClause: context.focusClause });

  function openEditor(clauseId, options = {}) {
    if (!can.edit()) return;
    const existing = state.editors.get(clauseId);
    if (existing) { existing.open(options); return; }
    // One clause at a time: the others send what is unsent and close once the server has it (a started
    // proposal stays open: it is neither sent unasked nor dropped).
    for (const other of state.editors.values()) other.leave();
    const entry = state.entryOf(clauseId);
    if (!entry) return;
    const editor = state.proposing ? proposalEditor(entry) : new ClauseEditor(entry.clause, entry.label, {
      live,
      resolutionId,
      canAddSub: entry.depth < state.limits.maxSubParagraphDepth,
      actions: structure,
      onClose: closeEditor,
      showHistory: context.showHistory,
      // Whoever decides proposals edits directly in every mode: a refused edit never turns into her own proposal.
      proposeInstead: can.propose() && !can.decide() ? proposeInstead : undefined,
    });
    state.editors.set(clauseId, editor);
    view.swap(clauseId, editor.element);
    editor.open(options);
  }

  /** The editor in "propose" form; `kept` carries text (and the version it was written on) from a refused edit. */
  function proposalEditor(entry, kept = {}) {
    return new ProposalEditor(entry.clause, entry.label, {
      proposals: state.proposals,
      organization: state.me.organization,
      kind: entry.kind,
      parentId: entry.parentId,
      onClose: closeEditor,
      showHistory: context.showHistory,
      ...kept,
    });
  }

  /** A direct edit was refused (proposals only): the same words become a proposal, nothing is lost. */
  function proposeInstead(editor, text, baseVersion) {
    const entry = state.entryOf(editor.clauseId);
    if (!entry) return;
    editor.sync.stop();
    const replacement = proposalEditor(entry, { text, baseVersion });
    state.editors.set(editor.clauseId, replacement);
    editor.element.replaceWith(replacement.element);
    replacement.open();
  }

  function closeEditor(editor) {
    if (state.editors.get(editor.clauseId) !== editor) return;
    state.editors.delete(editor.clauseId);
    const entry = state.entryOf(editor.clauseId);
    const hadFocus = editor.element.contains(document.activeElement);
    if (entry) {
      view.swap(editor.clauseId, view.textElement(entry.clause));
      if (hadFocus) article.querySelector(`[data-text-of="${CSS.escape(editor.clauseId)}"]`)?.focus();
    } else {
      editor.element.remove();
    }
    live.invoke(HubMethods.setFocus, resolutionId, null).catch(() => {});
    if (state.stagePending && !state.editors.size) location.reload();
  }

  // ---- clicking and keys on the text ----
  article.addEventListener('click', (event) => {
    const text = event.target.closest('[data-text-of]');
    if (!text || !getSelection().isCollapsed) return;
    context.followClause(text.dataset.textOf);
    if (can.edit()) openEditor(text.dataset.textOf);
    else live.invoke(HubMethods.setFocus, resolutionId, text.dataset.textOf).catch(() => {});
  });
  article.addEventListener('keydown', (event) => {
    const text = event.target.closest?.('[data-text-of]');
    if (!text || event.key !== 'Enter') return;
    event.preventDefault();
    const clauseId = text.dataset.textOf;
    if (can.edit()) openEditor(clauseId);
    else if (can.comment()) context.startComment(clauseId, text.textContent, 0, 0);
  });
  article.addEventListener('focusin', (event) => {
    const text = event.target.closest?.('[data-text-of]');
    if (!text) return;
    context.followClause(text.dataset.textOf);
    if (!can.edit()) live.invoke(HubMethods.setFocus, resolutionId, text.dataset.textOf).catch(() => {});
  });

  // ---- the toolbar's text buttons ----
  const tools = context.part('tools');
  const tool = (label, id, onClick, extra = '') => {
    const b = element('button', { type: 'button', class: `small ${extra}`.trim(), id }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  if (can.edit()) {
    tools.append(
      tool('Add preambular paragraph', undefined, () => structure.append('preambular'), 'direct-only'),
      tool('Add operative paragraph', undefined, () => structure.append('operative'), 'direct-only'));
  }
  if (can.propose() && !can.decide()) tools.append(element('span', { class: 'muted proposals-hint' }, 'Proposals only: click a paragraph to propose a change.'));
  if (can.nameDraft()) {
    const naming = new NamingForm(resolutionId, context.command);
    tools.append(tool('Name the draft', 'name-draft', () => naming.open(state.resolution)));
  }
  if (can.sponsors()) {
    const sponsors = new SponsorsEditor(resolutionId, context.command);
    tools.append(tool('Edit sponsors', 'edit-sponsors', () => sponsors.open(state.resolution.sponsors)));
  }
  if (!can.edit()) tools.append(element('span', { class: 'muted' }, 'You follow this text and may comment on it; only drafters edit it.'));

  return {
    render(resolution) {
      // Re-rendering moves open editors into the new layout; moving a focused textarea blurs it.
      const active = document.activeElement instanceof HTMLTextAreaElement && article.contains(document.activeElement) ? document.activeElement : null;
      const selection = active ? [active.selectionStart, active.selectionEnd] : null;
      view.render(resolution);
      if (active?.isConnected) {
        active.focus({ preventScroll: true });
        active.setSelectionRange(...selection);
      }
      for (const [clauseId, editor] of state.editors) editor.setLabel(state.labelOf(clauseId) ?? '');
    },
    /** After the resolution was read again: open editors take the fresh text; a new paragraph opens to be written. */
    reloaded({ edit } = {}) {
      for (const [clauseId, editor] of state.editors) {
        const entry = state.entryOf(clauseId);
        if (entry) editor.receive({ version: entry.clause.version, text: entry.clause.text });
      }
      if (edit) openEditor(edit, { selectAll: true });
    },
    refreshMarks() { for (const entry of state.clauses) view.refreshMarks(entry.clause); },
    events: {
      clauseChanged(change) {
        const entry = state.entryOf(change.clauseId);
        if (change.version > entry.clause.version) {
          Object.assign(entry.clause, { text: change.text, version: change.version, opening: change.opening });
        }
        const editor = state.editors.get(change.clauseId);
        if (editor) editor.receive(change);
        else view.renderClause(entry.clause);
      },
      /** The mode changed to proposals: a drafter's open editors with nothing unsent turn into the propose form. */
      modeChanged() {
        if (!state.proposing) return;
        for (const editor of [...state.editors.values()]) {
          if (editor instanceof ClauseEditor && editor.sync.settled) proposeInstead(editor, editor.textarea.value, editor.sync.base.version);
        }
      },
    },
    async reconnected() {
      for (const editor of state.editors.values()) await editor.resend();
    },
  };
}
