// The hub connection of one resolution page: joins, applies events strictly in seq order, catches up
// after gaps and reconnects, and never gives up reconnecting. signalR is the global of
// lib/signalr.min.js (copied from npm by the build).

import { loggedEvents, HubMethods } from './contract.js';
import { PresenceList } from './presence-list.js';

const catchUpBatch = 1000;

/** SignalR's own log goes to console.warn: a dropped connection is expected and shown in the banner. */
const quietLogger = {
  log(level, message) {
    if (level >= signalR.LogLevel.Warning) console.warn(`[live] ${message}`);
  },
};

export class LiveResolution {
  /**
   * @param {string} resolutionId
   * @param {{onSnapshot:(snapshot)=>void|Promise<void>, onEvent:(event)=>void, onPresence:(presence)=>void,
   *          onStatus:(status:'connecting'|'connected'|'reconnecting')=>void, onReconnected:()=>Promise<void>,
   *          onNotification?:(notification)=>void}} handlers
   */
  constructor(resolutionId, handlers) {
    this.resolutionId = resolutionId;
    this.handlers = handlers;
    this.seq = 0;
    this.presence = new PresenceList();
    this.refreshingPresence = false;
    this.queue = Promise.resolve();
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/drafting')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => Math.min(500 * 2 ** context.previousRetryCount, 5000) })
      .configureLogging(quietLogger)
      .build();
    for (const name of loggedEvents) {
      this.connection.on(name, (event) => this.enqueue(() => this.receive(event)));
    }
    this.connection.on(HubMethods.presenceChanged, (delta) => this.receivePresence(delta));
    // The reader's own notifications, of every resolution: sent to their connections, not to the resolution's group.
    this.connection.on(HubMethods.notificationAdded, (notification) => handlers.onNotification?.(notification));
    this.connection.onreconnecting(() => handlers.onStatus('reconnecting'));
    this.connection.onreconnected(() => this.enqueue(() => this.rejoin()));
    // Automatic reconnect only covers drops after a first success; a failed start or a give-up restarts here.
    this.connection.onclose(() => setTimeout(() => this.start(), 2000));
  }

  get connected() { return this.connection.state === signalR.HubConnectionState.Connected; }

  async start() {
    this.handlers.onStatus(this.seq === 0 ? 'connecting' : 'reconnecting');
    try {
      await this.connection.start();
    } catch {
      setTimeout(() => this.start(), 2000);
      return;
    }
    await this.enqueue(() => (this.seq === 0 ? this.join() : this.rejoin()));
  }

  async join() {
    try {
      const snapshot = await this.connection.invoke(HubMethods.joinResolution, this.resolutionId);
      this.seq = snapshot.seq;
      this.presence.reset(snapshot.presence, snapshot.presenceSeq);
      // Awaited: events that come meanwhile wait in the queue until the page is built on the snapshot.
      await this.handlers.onSnapshot(snapshot);
      this.handlers.onStatus('connected');
    } catch (error) {
      this.retrySoon(() => this.join(), error);
    }
  }

  /** Back after a drop: the group membership is new, so join again, then replay what was missed. */
  async rejoin() {
    try {
      const snapshot = await this.connection.invoke(HubMethods.joinResolution, this.resolutionId);
      // Presence is numbered per node: after a reconnect (perhaps to another node) start from this answer.
      this.presence.reset(snapshot.presence, snapshot.presenceSeq);
      this.handlers.onPresence(this.presence.present);
      await this.catchUp();
      this.handlers.onStatus('connected');
      await this.handlers.onReconnected();
    } catch (error) {
      this.retrySoon(() => this.rejoin(), error);
    }
  }

  /**
   * Joining is what puts this connection in the resolution's group: until it works (the database may be
   * briefly unreachable, answering with the code "unavailable") the page would be connected but hear nothing,
   * so it keeps trying while connected; a new drop brings its own rejoin.
   */
  retrySoon(work, error) {
    console.warn(`[live] joining failed, trying again: ${error.message}`);
    setTimeout(() => { if (this.connected) this.enqueue(work); }, 2000);
  }

  /**
   * A presence delta: applied in presenceSeq order; after a gap the whole list is asked for once. Its seq says
   * how far the resolution's log was when it was sent, so a delta can reveal a missed event too.
   */
  receivePresence(delta) {
    if (delta.resolutionId?.toLowerCase() !== this.resolutionId.toLowerCase()) return;
    const outcome = this.presence.apply(delta);
    if (outcome === 'applied') this.handlers.onPresence(this.presence.present);
    if (outcome === 'gap') this.refreshPresence();
    if (delta.seq > this.seq && this.seq > 0) this.enqueue(() => this.catchUp());
  }

  async refreshPresence() {
    if (this.refreshingPresence) return;
    this.refreshingPresence = true;
    try {
      const full = await this.connection.invoke(HubMethods.getPresence, this.resolutionId);
      this.presence.reset(full.present, full.presenceSeq);
      this.handlers.onPresence(this.presence.present);
    } catch (error) {
      console.warn(`[live] presence could not be refreshed: ${error.message}`);
    } finally {
      this.refreshingPresence = false;
    }
  }

  /** Every event after the last one applied, in order, in batches. */
  async catchUp() {
    for (;;) {
      const events = await this.connection.invoke(HubMethods.catchUp, this.resolutionId, this.seq);
      for (const event of events) this.apply(event);
      if (events.length < catchUpBatch) return;
    }
  }

  async receive(event) {
    // A pen-holder's other organizations' comments reach all their connections, whatever page they are on.
    if (event.resolutionId?.toLowerCase() !== this.resolutionId.toLowerCase()) return;
    if (event.seq <= this.seq) return;
    // A gap means a missed broadcast, or another organization's private comment: catch-up tells which.
    if (event.seq > this.seq + 1 && this.connected) await this.catchUp();
    this.apply(event);
  }

  apply(event) {
    if (event.seq <= this.seq) return;
    this.seq = event.seq;
    this.handlers.onEvent(event);
  }

  /** Events and catch-ups run one at a time, so they are applied in seq order. */
  enqueue(work) {
    this.queue = this.queue.then(work).catch((error) => console.warn(`[live] ${error.message}`));
    return this.queue;
  }

  invoke(method, ...args) {
    return this.connection.invoke(method, ...args);
  }
}
