import { EventTypes } from '../core/contract.js';

// Which part of the page each event of the resolution's log goes to.

/**
 * @param {{type:string, payload:object}} event one event, in seq order
 * @param {{clauseChanged:(change)=>void, structureChanged:(change)=>void, reload:()=>void,
 *          comment:(comment, event)=>void, revisionPublished:()=>void, modeChanged:(mode)=>void,
 *          proposal:(proposal, event)=>void, silence:(silence)=>void, participants?:()=>void, named?:(names)=>void}} handlers
 */
export function dispatchEvent(event, handlers) {
  switch (event.type) {
    case EventTypes.clauseChanged: handlers.clauseChanged(event.payload); break;
    case EventTypes.structureChanged: handlers.reload(); handlers.structureChanged(event.payload); break;
    case EventTypes.participantChanged: handlers.reload(); handlers.participants?.(); break;
    case EventTypes.resolutionNamed: handlers.reload(); handlers.named?.(event.payload); break;
    case EventTypes.sponsorsChanged:
    case EventTypes.stageChanged: handlers.reload(); break;
    case EventTypes.commentAdded:
    case EventTypes.commentChanged: handlers.comment(event.payload, event); break;
    case EventTypes.revisionPublished: handlers.revisionPublished(); break;
    case EventTypes.modeChanged: handlers.modeChanged(event.payload.mode); break;
    case EventTypes.proposalAdded:
    case EventTypes.proposalChanged: handlers.proposal(event.payload, event); break;
    case EventTypes.silenceChanged: handlers.silence(event.payload); break;
    // ResolutionCreated and Hidden (another organization's private comment) change nothing shown.
    default: break;
  }
}
