import { ParticipantsPanel } from './participants-panel.js';
import { renderFocusMarkers, renderPresence } from './presence.js';

// Who takes part (the panel, and roles for those who manage them) and who is here now (the header's initials and the
// markers beside the paragraphs others are on).

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const { state } = context;
  const panel = new ParticipantsPanel(context.part('participants'), {
    resolutionId: context.resolutionId, command: context.command, me: () => state.me, canManage: () => context.can.participants(),
    // A new role changes the whole page (what one may edit, propose, publish): read it again.
    onOwnRoleChanged: () => location.reload(),
  });
  const showPresence = () => {
    renderPresence(context.part('presence'), state.presence, state.me, (id) => state.labelOf(id));
    renderFocusMarkers(context.article, state.presence, state.me);
  };
  return {
    ready: panel.refresh().catch((e) => context.notify(e.message)),
    render: showPresence,
    presence: showPresence,
    events: { participants: () => { panel.refresh().catch(() => {}); } },
  };
}
