import { api, signOut } from '../core/api.js';
import { createCommand } from '../core/command.js';
import { LiveResolution } from '../core/live.js';
import { roleName, stageName } from '../core/names.js';
import { PanelTabs } from '../core/panel-tabs.js';
import { personLabel } from '../core/person-label.js';
import { dispatchEvent } from '../state/event-dispatch.js';
import { PageState } from '../state/page-state.js';
import { Proposals } from '../state/proposals.js';
import { mount as agreedLanguage } from '../features/agreed-language/index.js';
import { mount as checks } from '../features/checks/index.js';
import { mount as comments } from '../features/comments/index.js';
import { mount as exportsPanel } from '../features/exports/index.js';
import { mount as notifications } from '../features/notifications/index.js';
import { mount as participants } from '../features/participants/index.js';
import { mount as proposals } from '../features/proposals/index.js';
import { mount as revisions } from '../features/revisions/index.js';
import { mount as silence } from '../features/silence/index.js';
import { mount as text } from '../features/text/index.js';

// The live document page, composed here: one state, one context handed to every feature's mount(context), and the
// hub connection whose events go to the features. Features never import one another: what one asks of another
// (open a paragraph's history, start a comment, refresh the marks) goes through the context, bound below.

/**
 * @typedef {object} PageContext
 * @property {string} resolutionId
 * @property {PageState} state the one state of the page
 * @property {PageState['can']} can what the server lets the caller do (CallerPermissionsDto)
 * @property {(path:string, options?:object)=>Promise<any>} command the one REST write (core/command.js)
 * @property {LiveResolution} live the hub connection
 * @property {HTMLElement} article the text
 * @property {(id:string)=>HTMLElement} part the page element a feature draws in
 * @property {PanelTabs} tabs
 * @property {(message:string)=>void} notify
 */

const $ = (id) => document.getElementById(id);
const state = new PageState(location.pathname.split('/').pop());
const { resolutionId } = state;
/** The mounted features, in the order they render; what each returned (see features/<name>/index.js). */
const features = {};
const each = (hook, ...args) => { for (const feature of Object.values(features)) feature[hook]?.(...args); };
const on = (name) => (...args) => { for (const feature of Object.values(features)) feature.events?.[name]?.(...args); };

function showNotice(message) {
  const notice = $('notice');
  notice.textContent = message;
  notice.hidden = !message;
  clearTimeout(showNotice.timer);
  showNotice.timer = setTimeout(() => { notice.hidden = true; }, 8000);
}

/** @type {PageContext} */
const context = {
  resolutionId, state, can: state.can,
  command: createCommand({ notify: showNotice }),
  article: $('document'),
  part: $,
  tabs: new PanelTabs(document.querySelector('aside.side')),
  notify: showNotice,
  // What features ask of one another, answered by whichever feature holds it.
  focusClause,
  reload,
  reloadSoon,
  marksFor: (clause) => features.comments?.marksFor(clause) ?? [],
  refreshMarks: () => features.text?.refreshMarks(),
  startComment: (...args) => features.comments?.startComment(...args),
  showHistory: (clauseId) => features.revisions?.showHistory(clauseId),
  followClause: (clauseId) => features.revisions?.follow(clauseId),
  revisionsChanged: (list) => features.exports?.revisions?.(list),
};

function setResolution(resolution) {
  state.setResolution(resolution);
  document.title = `${resolution.symbol || resolution.title || 'Draft resolution'} · Drafting`;
  $('heading').textContent = resolution.symbol || resolution.title || resolution.code || `${resolution.organ} draft`;
  $('stage').textContent = stageName(resolution.stage);
  $('stage').dataset.stage = resolution.stage;
  document.body.dataset.mode = resolution.mode;
  each('render', resolution);
}

function focusClause(clauseId) {
  const article = context.article;
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

/** Structure and sponsor changes carry no text: read the resolution again, keeping open editors. */
async function reload(options = {}) {
  const fresh = await api(`/api/resolutions/${resolutionId}`);
  // Rebuilt before anything of the new stage is shown, so no control of the old one is ever offered beside it.
  if (stageChangedSinceStart(fresh)) return;
  setResolution(fresh);
  each('reloaded', options);
}

function reloadSoon() {
  clearTimeout(reloadSoon.timer);
  reloadSoon.timer = setTimeout(() => reload().catch((e) => showNotice(e.message)), 50);
}

/**
 * A new stage changes what the page offers (a final text takes no business; in blue only the pen-holder edits): the
 * page is built again from the server's permissions — at once when no paragraph is open, else once the last open one
 * closes, so that words being typed stay on the screen (a refused edit keeps them to copy).
 */
function stageChangedSinceStart(fresh) {
  if (!state.startedStage || fresh.stage === state.startedStage) return false;
  if (state.editors.size) {
    state.stagePending = true;
    showNotice('The stage of this draft changed: once you close your open paragraph the page shows what you may do now.');
    return false;
  }
  location.reload();
  return true;
}

const eventHandlers = {
  clauseChanged: (change) => (state.entryOf(change.clauseId) ? on('clauseChanged')(change) : reloadSoon()),
  reload: reloadSoon,
  structureChanged: on('structureChanged'),
  comment: on('comment'),
  revisionPublished: on('revisionPublished'),
  modeChanged: (mode) => {
    if (state.resolution) state.resolution.mode = mode;
    document.body.dataset.mode = mode;
    on('modeChanged')(mode);
  },
  proposal: on('proposal'),
  silence: on('silence'),
  participants: on('participants'),
  named: on('named'),
};

/** Once the permissions are known: every feature mounts on the one context, and the page says when all have answered. */
function start() {
  // What the stylesheet needs to know of the caller: her permissions, never her role's name.
  document.body.dataset.editor = String(state.can.edit());
  document.body.dataset.decides = String(state.can.decide());
  $('role').textContent = roleName(state.role);
  // Text first: the others draw into it or beside it.
  Object.assign(features, {
    text: text(context), comments: comments(context), notifications: notifications(context), checks: checks(context),
    participants: participants(context), agreedLanguage: agreedLanguage(context), exports: exportsPanel(context),
    revisions: revisions(context), proposals: proposals(context), silence: silence(context),
  });
  // Once the text and every panel have their first answer (and the hub, which sent the snapshot, is joined) the page is
  // usable: tests and assistive tools rely on body[data-ready]. What only adds to it (the agreed-language marks, seconds
  // on a long draft) starts after that, so it neither holds the signal back nor competes with the first answers.
  Promise.allSettled(Object.values(features).map((f) => f.ready)).then(() => {
    document.body.dataset.ready = 'true';
    performance.mark('drafting-ready');
    each('afterReady');
  });
}

function onStatus(status) {
  const banner = $('connection');
  document.body.dataset.live = status;
  banner.hidden = status === 'connected';
  banner.textContent = status === 'reconnecting' ? 'Reconnecting… your unsent edits are kept and will be sent.' : 'Connecting…';
}

// Who is signed in is asked while the hub connects, not before: a cold load waited for one after the other.
const signedIn = api('/api/users/me').then((me) => {
  state.me = me;
  $('who').textContent = personLabel(me);
});

context.live = new LiveResolution(resolutionId, {
  async onSnapshot(snapshot) {
    // Not signed in (or the server failed): the text says why, and nothing is built on the snapshot.
    if (!(await signedIn.then(() => true, () => false))) return;
    state.grant(snapshot.resolution);
    state.presence = snapshot.presence;
    // The stage the page's controls are built for; a reconnect that finds another one rebuilds them.
    state.startedStage ??= snapshot.resolution.stage;
    if (!Object.keys(features).length) start();
    if (stageChangedSinceStart(snapshot.resolution)) return;
    setResolution(snapshot.resolution);
  },
  onEvent: (event) => dispatchEvent(event, eventHandlers),
  onPresence(present) {
    state.presence = present;
    features.participants?.presence();
  },
  onStatus,
  async onReconnected() {
    await features.text?.reconnected();
    await features.notifications?.reconnected();
  },
  onNotification: (notification) => features.notifications?.notification(notification),
});
state.proposals = new Proposals({ resolutionId, live: context.live, command: context.command });

$('sign-out').addEventListener('click', signOut);

signedIn.then(() => {}, (error) => { context.article.textContent = error.message; });
context.live.start();
