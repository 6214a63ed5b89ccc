import { NotificationsPanel } from './notifications.js';

// "Needs you": the reader's notifications on this resolution, with the unread count on its tab.

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const panel = new NotificationsPanel(context.part('notifications'), {
    resolutionId: context.resolutionId, command: context.command, onUnread: (count) => context.tabs.setCount('notifications', count),
  });
  return {
    ready: panel.load().catch((e) => context.notify(e.message)),
    notification: (notification) => panel.add(notification),
    // Notifications are not replayed by the hub: what came while away is read again.
    reconnected: () => panel.load().catch(() => {}),
  };
}
