import { api, element } from '../../core/api.js';
import { HubMethods } from '../../core/contract.js';

// What needs the reader: their notifications (a silence started, broken or ended, a revision published, a proposal
// waiting for the pen-holder, their delegation's proposal accepted or rejected), kept by the server with their read
// state, so what happened while they were away is here when they come back.

const kindNames = {
  silenceStarted: 'Silence', silenceBroken: 'Silence broken', silenceEnded: 'Silence ended', revisionPublished: 'Revision',
  proposalWaiting: 'Proposal waiting', proposalAccepted: 'Accepted', proposalRejected: 'Rejected',
};

/** The notification panel of one resolution: newest first, unread ones marked, live, with "mark all read". */
export class NotificationsPanel {
  /** @param {HTMLElement} root @param {{resolutionId:string, onUnread:(count:number)=>void, command}} options */
  constructor(root, { resolutionId, onUnread, command }) {
    this.command = command;
    this.root = root;
    this.resolutionId = resolutionId.toLowerCase();
    this.onUnread = onUnread;
    this.items = [];
    this.list = element('ol', { class: 'notifications', 'aria-live': 'polite' });
    this.count = element('span', { class: 'count', id: 'unread-count' });
    this.markRead = element('button', { type: 'button', class: 'small', id: 'mark-read' }, 'Mark all read');
    this.markRead.addEventListener('click', () => this.readAll());
    this.empty = element('p', { class: 'muted' }, 'Nothing needs you here yet: silences, revisions and decisions on proposals will be listed here.');
    root.replaceChildren(element('h2', {}, 'Needs you', this.count), this.markRead, this.empty, this.list);
  }

  get unread() { return this.items.filter((n) => !n.read).length; }

  async load() {
    this.items = await api(`/api/notifications?resolutionId=${this.resolutionId}&limit=100`);
    this.render();
  }

  /** A notification sent live; those of other resolutions are the list page's business. */
  add(notification) {
    if (notification.resolutionId.toLowerCase() !== this.resolutionId || this.items.some((n) => n.id === notification.id)) return;
    this.items.unshift(notification);
    this.render();
  }

  async readAll() {
    const newest = this.items[0];
    if (!newest) return;
    await this.command('/api/notifications/read', { body: { upTo: newest.id, resolutionId: this.resolutionId } });
    for (const n of this.items) n.read = true;
    this.render();
  }

  render() {
    const unread = this.unread;
    this.count.textContent = unread ? `${unread} unread` : '';
    this.markRead.hidden = unread === 0;
    this.empty.hidden = this.items.length > 0;
    this.list.replaceChildren(...this.items.map((n) => element('li', { class: `notification${n.read ? '' : ' unread'}`, 'data-kind': n.kind },
      element('span', { class: 'kind' }, kindNames[n.kind] ?? n.kind),
      ' ', element('span', { class: 'summary' }, n.summary),
      ' ', element('time', { datetime: n.createdAt, class: 'muted' }, new Date(n.createdAt).toLocaleString()))));
    this.onUnread(unread);
  }
}

/**
 * The reader's own notifications, live, on a page that joins no resolution (the list): calls `onNotification` for each,
 * and `onConnected` on every (re)connection, after which the page reads its state again, since nothing is replayed.
 * signalR is the global of lib/signalr.min.js.
 */
export function followNotifications({ onNotification, onConnected }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/drafting')
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => Math.min(500 * 2 ** context.previousRetryCount, 5000) })
    // A dropped connection (a page left, a server restarted) is expected: SignalR's own log goes to console.warn.
    .configureLogging({ log(level, message) { if (level >= signalR.LogLevel.Warning) console.warn(`[notifications] ${message}`); } })
    .build();
  connection.on(HubMethods.notificationAdded, onNotification);
  const connected = () => { document.body.dataset.live = 'connected'; onConnected(); };
  connection.onreconnecting(() => { document.body.dataset.live = 'reconnecting'; });
  connection.onreconnected(connected);
  const start = () => connection.start().then(connected, () => setTimeout(start, 2000));
  connection.onclose(() => setTimeout(start, 2000));
  start();
  return connection;
}
