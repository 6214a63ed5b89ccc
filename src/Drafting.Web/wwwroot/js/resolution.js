import { AgreedLanguageMarks } from './agreed-language-marks.js';
import { AgreedLanguagePanel } from './agreed-language-panel.js';
import { api, element, signOut } from './api.js';
import { ClauseEditor } from './clause-editor.js';
import { ClauseHistory } from './clause-history.js';
import { CommentsPanel } from './comments-panel.js';
import { CompilationView } from './compilation-view.js';
import { DocumentView, stageName } from './document-view.js';
import { dispatchEvent } from './event-dispatch.js';
import { ExportPanel } from './export-panel.js';
import { WordReviewPanel } from './word-review-panel.js';
import { LintPanel } from './lint-panel.js';
import { LiveResolution } from './live.js';
import { ModeSwitch } from './mode-switch.js';
import { NotificationsPanel } from './notifications.js';
import { PanelTabs } from './panel-tabs.js';
import { NamingForm } from './naming-form.js';
import { PageState, can, limits } from './page-state.js';
import { ParticipantsPanel } from './participants-panel.js';
import { StagePanel } from './stage-panel.js';
import { renderFocusMarkers, renderPresence } from './presence.js';
import { ProposalEditor } from './proposal-editor.js';
import { Proposals } from './proposals.js';
import { ProposalsPanel } from './proposals-panel.js';
import { RevisionsPanel } from './revisions-panel.js';
import { commentOnSelection } from './selection-comments.js';
import { SilencePanel } from './silence-panel.js';
import { SponsorsEditor } from './sponsors-editor.js';
import { StructureActions } from './structure-actions.js';
import { TextFinder } from './text-finder.js';
import { personLabel } from './person-label.js';
import { HubMethods } from './contract.js';
import { newOpId } from './clause-sync.js';

// The live document page, started here: composes the view, the editors, the panels and the hub connection.

const $ = (id) => document.getElementById(id);
const article = $('document');
const page = new PageState(location.pathname.split('/').pop());
const { resolutionId } = page;
const tabs = new PanelTabs(document.querySelector('aside.side'));

function setResolution(resolution) {
  page.setResolution(resolution);
  document.title = `${resolution.symbol || resolution.title || 'Draft resolution'} · Drafting`;
  $('heading').textContent = resolution.symbol || resolution.title || resolution.code || `${resolution.organ} draft`;
  $('stage').textContent = stageName(resolution.stage);
  $('stage').dataset.stage = resolution.stage;
  stages?.render(resolution);
  modeSwitch.set(resolution.mode);
  document.body.dataset.mode = resolution.mode;
  // Re-rendering moves open editors into the new layout; moving a focused textarea blurs it.
  const active = document.activeElement instanceof HTMLTextAreaElement && article.contains(document.activeElement) ? document.activeElement : null;
  const selection = active ? [active.selectionStart, active.selectionEnd] : null;
  view.render(resolution);
  agreedMarks?.apply();
  if (active?.isConnected) {
    active.focus({ preventScroll: true });
    active.setSelectionRange(...selection);
  }
  for (const [clauseId, editor] of page.editors) editor.setLabel(page.labelOf(clauseId) ?? '');
  renderFocusMarkers(article, page.presence, page.me);
  compilation.render();
  proposalsPanel?.render();
  clauseHistory.setClauses();
  silence.render();
}

/** The masthead's revision badge: the latest published revision ("Rev.1"), or the zero draft while it is written. */
function showRevisionLabel(list) {
  const latest = list.at(-1);
  $('revision').textContent = latest ? latest.label : 'Zero draft (not yet published)';
  $('revision').title = latest ? `Latest published revision, ${new Date(latest.publishedAt).toLocaleString()}` : 'No revision published yet';
}

function focusClause(clauseId) {
  const text = article.querySelector(`[data-text-of="${CSS.escape(clauseId)}"]`)
    ?? article.querySelector(`[data-editor-of="${CSS.escape(clauseId)}"] textarea`);
  if (!text) return;
  text.scrollIntoView({ block: 'center', behavior: 'smooth' });
  text.focus({ preventScroll: true });
  const container = text.closest('[data-clause-id]');
  for (const flashed of article.querySelectorAll('.flash')) flashed.classList.remove('flash');
  void container.offsetWidth; // restart the animation
  container.classList.add('flash');
}

const startComment = (clauseId, text, start, end) => comments.startComment(clauseId, page.labelOf(clauseId), text, start, end);

// ---- editing (drafters and the pen-holder) ------------------------------------------------------

function openEditor(clauseId, options = {}) {
  if (!can.edit(page.role)) return;
  const existing = page.editors.get(clauseId);
  if (existing) { existing.open(options); return; }
  // One clause at a time: the others send what is unsent and close once the server has it (a started
  // proposal stays open: it is neither sent unasked nor dropped).
  for (const other of page.editors.values()) other.leave();
  const entry = page.entryOf(clauseId);
  if (!entry) return;
  const editor = page.proposing ? proposalEditor(entry) : new ClauseEditor(entry.clause, entry.label, {
    live,
    resolutionId,
    canAddSub: entry.depth < limits.maxSubParagraphDepth,
    actions: structure,
    onClose: closeEditor,
    showHistory: (id) => clauseHistory.show(id),
    proposeInstead: can.propose(page.role) && page.role !== 'penholder' ? proposeInstead : undefined,
  });
  page.editors.set(clauseId, editor);
  view.swap(clauseId, editor.element);
  editor.open(options);
}

/** The editor in "propose" form; `kept` carries text (and the version it was written on) from a refused edit. */
function proposalEditor(entry, kept = {}) {
  return new ProposalEditor(entry.clause, entry.label, {
    proposals,
    organization: page.me.organization,
    kind: entry.kind,
    parentId: entry.parentId,
    onClose: closeEditor,
    showHistory: (id) => clauseHistory.show(id),
    ...kept,
  });
}

/** A direct edit was refused (proposals only): the same words become a proposal, nothing is lost. */
function proposeInstead(editor, text, baseVersion) {
  const entry = page.entryOf(editor.clauseId);
  if (!entry) return;
  editor.sync.stop();
  const replacement = proposalEditor(entry, { text, baseVersion });
  page.editors.set(editor.clauseId, replacement);
  editor.element.replaceWith(replacement.element);
  replacement.open();
}

/** The mode changed to proposals: a drafter's open editors with nothing unsent turn into the propose form. */
function onModeChanged(mode) {
  if (page.resolution) page.resolution.mode = mode;
  modeSwitch.set(mode);
  document.body.dataset.mode = mode;
  if (!page.proposing) return;
  for (const editor of [...page.editors.values()]) {
    if (editor instanceof ClauseEditor && editor.sync.settled) proposeInstead(editor, editor.textarea.value, editor.sync.base.version);
  }
}

function closeEditor(editor) {
  if (page.editors.get(editor.clauseId) !== editor) return;
  page.editors.delete(editor.clauseId);
  const entry = page.entryOf(editor.clauseId);
  const hadFocus = editor.element.contains(document.activeElement);
  if (entry) {
    view.swap(editor.clauseId, view.textElement(entry.clause));
    if (hadFocus) article.querySelector(`[data-text-of="${CSS.escape(editor.clauseId)}"]`)?.focus();
  } else {
    editor.element.remove();
  }
  live.invoke(HubMethods.setFocus, resolutionId, null).catch(() => {});
  if (stagePending && !page.editors.size) location.reload();
}

/** Structure and sponsor changes carry no text: read the resolution again, keeping open editors. */
async function reload({ edit } = {}) {
  const fresh = await api(`/api/resolutions/${resolutionId}`);
  // Rebuilt before anything of the new stage is shown, so no control of the old one is ever offered beside it.
  if (stageChangedSinceStart(fresh)) return;
  setResolution(fresh);
  for (const [clauseId, editor] of page.editors) {
    const entry = page.entryOf(clauseId);
    if (entry) editor.receive({ version: entry.clause.version, text: entry.clause.text });
  }
  comments.render();
  lint.refreshSoon();
  if (edit) openEditor(edit, { selectAll: true });
}

/**
 * A new stage changes what the page offers (a final text takes no business; in blue only the pen-holder edits): the
 * page is built again from the server's permissions — at once when no paragraph is open, else once the last open one
 * closes, so that words being typed stay on the screen (a refused edit keeps them to copy).
 */
function stageChangedSinceStart(fresh) {
  if (!startedStage || fresh.stage === startedStage) return false;
  if (page.editors.size) {
    stagePending = true;
    showNotice('The stage of this draft changed: once you close your open paragraph the page shows what you may do now.');
    return false;
  }
  location.reload();
  return true;
}

const structure = new StructureActions(page, { reload, notify: showNotice, startComment });

// ---- live events ---------------------------------------------------------------------------------

let reloadTimer = 0;
function reloadSoon() {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => reload().catch((e) => showNotice(e.message)), 50);
}

function onClauseChanged(change) {
  const entry = page.entryOf(change.clauseId);
  if (!entry) { reloadSoon(); return; }
  if (change.version > entry.clause.version) {
    Object.assign(entry.clause, { text: change.text, version: change.version, opening: change.opening });
  }
  const editor = page.editors.get(change.clauseId);
  if (editor) editor.receive(change);
  else view.renderClause(entry.clause);
  clauseHistory.changed(change.clauseId);
  agreedMarks?.changed(change.clauseId);
  // A proposal on this paragraph may now be based on an older text: its card says so.
  proposalsPanel?.render();
  comments.render();
  lint.refreshSoon();
}

const eventHandlers = {
  clauseChanged: onClauseChanged,
  reload: reloadSoon,
  structureChanged: (change) => {
    comments.load().catch(() => {});
    // An inserted paragraph (or an accepted insert) has no mark yet: check it alone.
    if (change?.change === 'inserted' && change.clauseId) agreedMarks?.changed(change.clauseId);
  },
  comment: (comment) => comments.upsert(comment),
  revisionPublished: () => {
    revisions.refresh().catch(() => {});
    silence.refreshRevisions().catch(() => {});
  },
  modeChanged: onModeChanged,
  proposal: (proposal) => proposals.upsert(proposal),
  silence: (state) => {
    silence.set(state);
    revisions.refresh().catch(() => {});
  },
  participants: () => participants?.refresh().catch(() => {}),
};

function onStatus(status) {
  const banner = $('connection');
  document.body.dataset.live = status;
  banner.hidden = status === 'connected';
  banner.textContent = status === 'reconnecting' ? 'Reconnecting… your unsent edits are kept and will be sent.' : 'Connecting…';
}

function showNotice(message) {
  const notice = $('notice');
  notice.textContent = message;
  notice.hidden = !message;
  clearTimeout(showNotice.timer);
  showNotice.timer = setTimeout(() => { notice.hidden = true; }, 8000);
}

const live = new LiveResolution(resolutionId, {
  onSnapshot(snapshot) {
    page.role = snapshot.resolution.role;
    page.grant(snapshot.resolution);
    page.presence = snapshot.presence;
    // The stage the page's controls are built for; a reconnect that finds another one rebuilds them.
    startedStage ??= snapshot.resolution.stage;
    start();
    if (stageChangedSinceStart(snapshot.resolution)) return;
    setResolution(snapshot.resolution);
    renderPresence($('presence'), page.presence, page.me, (id) => page.labelOf(id));
  },
  onEvent: (event) => dispatchEvent(event, eventHandlers),
  onPresence(present) {
    page.presence = present;
    renderPresence($('presence'), present, page.me, (id) => page.labelOf(id));
    renderFocusMarkers(article, present, page.me);
  },
  onStatus,
  async onReconnected() {
    for (const editor of page.editors.values()) await editor.resend();
    // Notifications are not replayed by the hub: what came while away is read again.
    await notifications?.load().catch(() => {});
  },
  onNotification: (notification) => notifications?.add(notification),
});

// ---- page setup once the role is known ------------------------------------------------------------

let view;
let comments;
let lint;
let revisions;
let modeSwitch;
let proposals;
let compilation;
let clauseHistory;
let agreedMarks;
let silence;
let participants;
let stages;
let proposalsPanel;
let notifications;
let started = false;
let startedStage = null;
let stagePending = false;

function start() {
  if (started) return;
  started = true;
  const role = page.role;
  document.body.dataset.role = role;
  $('role').textContent = role === 'penholder' ? 'pen-holder' : role;
  view = new DocumentView(article, {
    editable: can.edit(role),
    marksFor: (clause) => comments.marksFor(clause),
    editorFor: (clauseId) => page.editors.get(clauseId)?.element,
  });
  comments = new CommentsPanel($('comments'), {
    resolutionId, live, me: page.me, role, canComment: can.comment(role),
    clauses: () => page.clauses,
    focusClause,
    onChange: () => { for (const entry of page.clauses) view.refreshMarks(entry.clause); },
  });
  const loading = [];
  loading.push(comments.load().catch((e) => showNotice(e.message)));
  notifications = new NotificationsPanel($('notifications'), { resolutionId, onUnread: (count) => tabs.setCount('notifications', count) });
  loading.push(notifications.load().catch((e) => showNotice(e.message)));
  new TextFinder($('finder'), { article, clauses: () => page.clauses, focusClause });
  stages = new StagePanel($('stages'), { resolutionId });
  participants = new ParticipantsPanel($('participants'), {
    resolutionId, me: () => page.me, canManage: () => can.participants(),
    // A new role changes the whole page (what one may edit, propose, publish): read it again.
    onOwnRoleChanged: () => location.reload(),
  });
  loading.push(participants.refresh().catch((e) => showNotice(e.message)));
  lint = new LintPanel($('lint'), { resolutionId, labelOf: (id) => page.labelOf(id), focusClause });
  loading.push(lint.refresh().catch(() => {}));
  agreedMarks = new AgreedLanguageMarks(article, { resolutionId, open: (source) => agreedPanel.showHistory(source) });
  loading.push(agreedMarks.loadAll().catch(() => {}));
  const agreedPanel = new AgreedLanguagePanel($('agreed-language'), {
    resolutionId,
    take: {
      // Those who propose while the pen-holder takes proposals propose it; those who edit insert it.
      mode: () => (page.proposing ? (can.propose() ? 'propose' : null) : can.edit() ? 'insert' : can.propose() ? 'propose' : null),
      insert: async (hit) => {
        const kind = hit.number.startsWith('PP') ? 'preambular' : 'operative';
        const list = kind === 'preambular' ? page.resolution.preambular : page.resolution.operative;
        const change = await api(`/api/resolutions/${resolutionId}/clauses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ kind, position: list.length, text: hit.text, opId: newOpId(), source: { libraryId: hit.id, paragraph: hit.clauseId } }),
        });
        await reload();
        clauseHistory.show(change.clauseId).catch(() => {});
      },
      propose: (hit) => proposals.propose({
        kind: 'insert', insertKind: hit.number.startsWith('PP') ? 'preambular' : 'operative', text: hit.text,
        source: { libraryId: hit.id, paragraph: hit.clauseId },
      }),
    },
  });
  const exports = can.export(role) ? new ExportPanel($('export'), { resolutionId }) : null;
  if (can.propose(role)) {
    new WordReviewPanel($('word-review'), { resolutionId, me: page.me, role });
    $('word-review').hidden = false;
  }
  $('export').hidden = !exports;
  revisions = new RevisionsPanel($('revisions'), {
    resolutionId, canPublish: can.publish(role), labelOf: (id) => page.labelOf(id),
    onRevisions: (list) => { exports?.setRevisions(list); showRevisionLabel(list); },
  });
  loading.push(revisions.start().catch(() => {}));

  modeSwitch = new ModeSwitch($('mode'), { resolutionId, canSwitch: can.decide(role), notify: showNotice });
  proposals = new Proposals({ resolutionId, live });
  clauseHistory = new ClauseHistory($('history'), { resolutionId, clauses: () => page.clauses });
  const showHistory = (clauseId) => clauseHistory.show(clauseId);
  const labelOf = (id) => page.labelOf(id);
  const textOf = (id) => page.entryOf(id)?.clause.text;
  const versionOf = (id) => page.entryOf(id)?.clause.version;
  proposalsPanel = new ProposalsPanel($('proposals'), {
    resolutionId, proposals, me: page.me, role, canExport: can.export(role),
    orderOf: (id) => page.orderOf(id), labelOf, textOf, versionOf, focusClause, showHistory,
  });
  compilation = new CompilationView(article, { resolutionId, proposals, me: page.me, role, clauses: () => page.clauses, labelOf, textOf, versionOf, showHistory });
  loading.push(proposals.load().catch((e) => showNotice(e.message)));
  silence = new SilencePanel($('silence'), {
    resolutionId, me: page.me, role, stage: () => page.resolution?.stage,
    canStart: can.startSilence(role), canBreak: can.breakSilence(role), canWithdraw: can.withdrawSilence(role), canPutInBlue: can.decide(role),
  });
  loading.push(silence.start().catch((e) => showNotice(e.message)));
  // Once every panel has its first answer the page is whole (tests and assistive tools can rely on it).
  Promise.allSettled(loading).then(() => {
    document.body.dataset.ready = 'true';
    performance.mark('drafting-ready');
  });

  if (can.edit(role)) {
    const add = (label, kind) => {
      const b = element('button', { type: 'button', class: 'small direct-only' }, label);
      b.addEventListener('click', () => structure.append(kind));
      return b;
    };
    $('tools').append(add('Add preambular paragraph', 'preambular'), add('Add operative paragraph', 'operative'));
  }
  $('tools').prepend(compilation.toggle);
  if (modeSwitch.button) $('tools').append(modeSwitch.button);
  if (role === 'drafter') $('tools').append(element('span', { class: 'muted proposals-hint' }, 'Proposals only: click a paragraph to propose a change.'));
  if (can.nameDraft(role)) {
    const naming = new NamingForm(resolutionId);
    const b = element('button', { type: 'button', class: 'small', id: 'name-draft' }, 'Name the draft');
    b.addEventListener('click', () => naming.open(page.resolution));
    $('tools').append(b);
  }
  if (can.sponsors(role)) {
    const sponsors = new SponsorsEditor(resolutionId);
    const b = element('button', { type: 'button', class: 'small', id: 'edit-sponsors' }, 'Edit sponsors');
    b.addEventListener('click', () => sponsors.open(page.resolution.sponsors));
    $('tools').append(b);
  }
  if (!can.edit(role)) $('tools').append(element('span', { class: 'muted' }, 'You follow this text and may comment on it; only drafters edit it.'));
}

// ---- clicking and keys on the text ---------------------------------------------------------------

commentOnSelection($('comment-selection'), { canComment: () => Boolean(page.role) && can.comment(page.role), startComment });

article.addEventListener('click', (event) => {
  const text = event.target.closest('[data-text-of]');
  if (!text || !getSelection().isCollapsed) return;
  clauseHistory?.follow(text.dataset.textOf);
  if (can.edit(page.role)) openEditor(text.dataset.textOf);
  else live.invoke(HubMethods.setFocus, resolutionId, text.dataset.textOf).catch(() => {});
});
article.addEventListener('keydown', (event) => {
  const text = event.target.closest?.('[data-text-of]');
  if (!text || event.key !== 'Enter') return;
  event.preventDefault();
  const clauseId = text.dataset.textOf;
  if (can.edit(page.role)) openEditor(clauseId);
  else if (can.comment(page.role)) startComment(clauseId, text.textContent, 0, 0);
});
article.addEventListener('focusin', (event) => {
  const text = event.target.closest?.('[data-text-of]');
  if (!text) return;
  clauseHistory?.follow(text.dataset.textOf);
  if (!can.edit(page.role)) live.invoke(HubMethods.setFocus, resolutionId, text.dataset.textOf).catch(() => {});
});

$('sign-out').addEventListener('click', signOut);

api('/api/users/me').then((me) => {
  page.me = me;
  $('who').textContent = personLabel(me);
  return live.start();
}).catch((error) => { article.textContent = error.message; });
