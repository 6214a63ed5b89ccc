// The names of the public contract the page relies on: event types, hub methods and error codes. The server's
// Drafting.Contract (EventTypes, HubMethods, ErrorCodes) is the source; a test fails when this file drifts from it.

/** Types of the events in a resolution's log, as broadcast (the hub method of the same name) and caught up. */
export const EventTypes = Object.freeze({
  resolutionCreated: 'ResolutionCreated',
  clauseChanged: 'ClauseChanged',
  structureChanged: 'StructureChanged',
  sponsorsChanged: 'SponsorsChanged',
  revisionPublished: 'RevisionPublished',
  stageChanged: 'StageChanged',
  participantChanged: 'ParticipantChanged',
  commentAdded: 'CommentAdded',
  commentChanged: 'CommentChanged',
  modeChanged: 'ModeChanged',
  proposalAdded: 'ProposalAdded',
  proposalChanged: 'ProposalChanged',
  silenceChanged: 'SilenceChanged',
  resolutionNamed: 'ResolutionNamed',
  hidden: 'Hidden',
});

/** Methods the page invokes on the hub, and PresenceChanged and NotificationAdded, which the hub calls on the page besides the events. */
export const HubMethods = Object.freeze({
  joinResolution: 'JoinResolution',
  leaveResolution: 'LeaveResolution',
  getPresence: 'GetPresence',
  setFocus: 'SetFocus',
  editClause: 'EditClause',
  propose: 'Propose',
  addComment: 'AddComment',
  catchUp: 'CatchUp',
  presenceChanged: 'PresenceChanged',
  notificationAdded: 'NotificationAdded',
});

/**
 * Events broadcast, every one in the envelope CatchUp returns too: `{resolutionId, seq, type, actorId, payload, createdAt}`.
 * A comment event goes only to those who may read the comment; its payload is the comment, with seq 0 (the envelope's is its own).
 */
export const loggedEvents = Object.freeze([
  EventTypes.clauseChanged, EventTypes.structureChanged, EventTypes.sponsorsChanged,
  EventTypes.revisionPublished, EventTypes.stageChanged, EventTypes.participantChanged,
  EventTypes.commentAdded, EventTypes.commentChanged,
  EventTypes.modeChanged, EventTypes.proposalAdded, EventTypes.proposalChanged, EventTypes.silenceChanged,
  EventTypes.resolutionNamed,
]);

/**
 * Kinds of change in a PresenceChanged delta `{resolutionId, presenceSeq, seq, changes: [{kind, userId, …}]}`:
 * joined (the whole entry, an upsert), left (userId), focus (userId, clauseId).
 */
export const PresenceChangeKinds = Object.freeze({
  joined: 'joined',
  left: 'left',
  focus: 'focus',
});

/** Stable error codes: the `code` of a REST problem, the prefix of a hub error ("frozen: …"). */
export const ErrorCodes = Object.freeze({
  invalidRequest: 'invalid-request',
  unauthenticated: 'unauthenticated',
  notParticipant: 'not-participant',
  forbidden: 'forbidden',
  crossSite: 'cross-site',
  notFound: 'not-found',
  editConflict: 'edit-conflict',
  previewRequired: 'preview-required',
  frozen: 'frozen',
  invalidTransition: 'invalid-transition',
  quoteNotFound: 'quote-not-found',
  penholderNeeded: 'penholder-needed',
  conflict: 'conflict',
  proposalsOnly: 'proposals-only',
  tooLarge: 'too-large',
  rateLimited: 'rate-limited',
  unavailable: 'unavailable',
  serverError: 'server-error',
});

const knownCodes = new Set(Object.values(ErrorCodes));

/** A hub error's text as SignalR gives it: "An unexpected error … HubException: frozen: The draft is in blue…". */
function hubText(error) {
  const message = error?.message ?? String(error ?? '');
  const at = message.lastIndexOf('HubException: ');
  return at < 0 ? message : message.slice(at + 'HubException: '.length);
}

/** The code of a failed call: a REST problem's `code`, or a hub error's prefix; null when it has none. */
export function errorCode(error) {
  if (error?.problem?.code) return error.problem.code;
  const text = hubText(error);
  const colon = text.indexOf(': ');
  return colon > 0 && knownCodes.has(text.slice(0, colon)) ? text.slice(0, colon) : null;
}

/** The words of a failed call for the user, without SignalR's wrapping or the code. */
export function errorMessage(error) {
  if (error?.problem) return error.message;
  const text = hubText(error);
  const code = errorCode(error);
  return code ? text.slice(code.length + 2) : text;
}
