import { api, element, present } from '../../core/api.js';
import { errorMessage } from '../../core/contract.js';
import { bothClocks, countdown, newYork, wallClock, zonedInstant } from '../../core/new-york-time.js';
import { silenceRecord } from '../../core/silence-record.js';

const statusText = {
  none: 'No silence procedure.',
  running: 'Under silence',
  broken: 'Silence broken',
  passed: 'Silence passed: the text is agreed',
  withdrawn: 'Silence withdrawn by the pen-holder.',
  ended: 'Silence ended: the draft reached a final stage.',
};

/**
 * The silence procedure (GET/POST/DELETE …/silence, POST …/silence/break): its status for everyone, with a live
 * countdown to the deadline in New York time and the reader's own; the pen-holder or secretary starts it on the
 * latest published revision; drafters break it with a statement; the pen-holder withdraws it, and once it has
 * passed may put the draft in blue. It follows SilenceChanged live.
 */
export class SilencePanel {
  /**
   * @param {HTMLElement} root
   * @param {{resolutionId:string, command, me, stage:()=>string, canStart:boolean, canBreak:boolean, canWithdraw:boolean, canPutInBlue:boolean}} context
   */
  constructor(root, context) {
    this.root = root;
    this.context = context;
    this.silence = { status: 'none', brokenBy: [] };
    this.revisions = [];
    this.state = element('p', { class: 'silence-state', role: 'status' });
    this.deadline = element('p', { class: 'silence-deadline' });
    this.clock = element('p', { class: 'countdown', role: 'timer', 'aria-label': 'Time left' });
    this.statements = element('ul', { class: 'statements', 'aria-label': 'Statements breaking the silence' });
    this.actions = element('div', { class: 'silence-actions' });
    this.error = element('p', { class: 'error', role: 'alert' });
    this.records = [];
    this.record = element('details', { class: 'silence-record', id: 'silence-record' });
    root.replaceChildren(element('h2', {}, 'Silence procedure'), this.state, this.deadline, this.clock, this.statements, this.actions, this.error, this.record);
  }

  async start() {
    await Promise.all([this.refresh(), this.refreshRevisions(), this.refreshRecord()]);
  }

  async refresh() {
    this.set(await api(`/api/resolutions/${this.context.resolutionId}/silence`));
  }

  /** Every silence so far, newest first, with the statements that broke each (GET …/silences). */
  async refreshRecord() {
    this.records = await api(`/api/resolutions/${this.context.resolutionId}/silences`);
    this.renderRecord();
  }

  renderRecord() {
    const open = this.record.open;
    this.record.replaceChildren(element('summary', {}, `Record of silences (${this.records.length})`), silenceRecord(this.records, (n) => this.labelOf(n)));
    this.record.open = open;
    this.record.hidden = !this.records.length;
  }

  /** The latest published revision is the one a silence is started on. */
  async refreshRevisions() {
    this.revisions = await api(`/api/resolutions/${this.context.resolutionId}/revisions`);
    this.render();
  }

  /** From the server's answer or a SilenceChanged event. */
  set(silence) {
    this.silence = { ...silence, brokenBy: silence.brokenBy ?? [] };
    this.render();
    // A change of the current silence is a new line or a new ending in the record.
    if (this.started) this.refreshRecord().catch(() => {});
    this.started = true;
  }

  render() {
    const s = this.silence;
    clearInterval(this.ticker);
    this.root.dataset.silence = s.status;
    const revision = s.revision === null || s.revision === undefined ? null : this.labelOf(s.revision);
    this.state.replaceChildren(element('strong', {}, statusText[s.status] ?? s.status),
      s.status !== 'none' && revision ? ` on ${revision}` : '', s.status === 'running' ? '.' : '');
    const until = s.until ? new Date(s.until) : null;
    this.deadline.textContent = until && s.status !== 'none' ? `${s.status === 'running' ? 'Until' : 'Deadline was'} ${bothClocks(until)}` : '';
    this.deadline.hidden = !this.deadline.textContent;
    this.clock.hidden = s.status !== 'running';
    if (s.status === 'running') {
      this.tick(until);
      this.ticker = setInterval(() => this.tick(until), 1000);
    }
    this.statements.replaceChildren(...s.brokenBy.map((b) => element('li', { class: 'statement' },
      element('strong', {}, b.organization), element('span', { class: 'muted' }, ` · ${new Date(b.at).toLocaleString()}`),
      element('p', {}, b.statement))));
    this.statements.hidden = !s.brokenBy.length;
    this.actions.replaceChildren(...this.actionsFor(s));
  }

  labelOf(number) {
    const r = this.revisions.find((x) => x.number === number);
    return r?.label || `revision ${number}`;
  }

  tick(until) {
    const left = until - Date.now();
    if (left > 0) {
      this.clock.textContent = `${countdown(left)} left`;
      return;
    }
    // The server decides from the deadline when read: ask it, once a second until it says so.
    this.clock.textContent = 'Deadline reached…';
    if (!this.asking) {
      this.asking = true;
      this.refresh().catch(() => {}).finally(() => { this.asking = false; });
    }
  }

  actionsFor(s) {
    const { context } = this;
    const mine = context.me.organization;
    const out = [];
    if (s.status === 'running' && context.canWithdraw) out.push(this.button('Withdraw silence', () => this.withdraw()));
    if ((s.status === 'running' || s.status === 'broken') && context.canBreak && !s.brokenBy.some((b) => b.organization === mine)) {
      // A form being filled in survives live updates, with its words.
      out.push(this.breaking ? this.breakForm() : this.button('Break silence', () => { this.breaking = true; this.render(); this.root.querySelector('#silence-statement')?.focus(); }));
    }
    if (s.status === 'passed' && context.canPutInBlue && context.stage() === 'draft') {
      out.push(this.button('Put the draft in blue', () => this.putInBlue(), { class: 'small primary' }));
    }
    if (s.status !== 'running' && context.canStart) out.push(this.startForm());
    return present(...out);
  }

  button(text, onClick, attributes = {}) {
    const b = element('button', { type: 'button', class: 'small', ...attributes }, text);
    b.addEventListener('click', onClick);
    return b;
  }

  startForm() {
    const latest = this.revisions.at(-1);
    if (!latest) return element('p', { class: 'muted' }, 'Publish a revision to put it under silence.');
    // Default deadline: tomorrow, 18:00 in New York.
    const tomorrow = wallClock(new Date(Date.now() + 86400000));
    const date = element('input', { type: 'date', id: 'silence-date', value: tomorrow.date, required: '' });
    const time = element('input', { type: 'time', id: 'silence-time', value: '18:00', required: '' });
    const preview = element('p', { class: 'muted', 'aria-live': 'polite' });
    const show = () => {
      preview.textContent = date.value && time.value ? `Deadline: ${bothClocks(zonedInstant(date.value, time.value, newYork).instant)}` : '';
    };
    date.addEventListener('input', show);
    time.addEventListener('input', show);
    show();
    const form = element('form', { class: 'silence-start', 'aria-label': 'Start a silence procedure' },
      element('p', {}, `Put ${this.labelOf(latest.number)}, the latest published, under silence until, New York time:`),
      element('p', { class: 'deadline-inputs' },
        element('label', { class: 'inline', for: 'silence-date' }, 'Date '), date, ' ',
        element('label', { class: 'inline', for: 'silence-time' }, 'Time '), time),
      preview,
      element('button', { type: 'submit', class: 'small primary' }, 'Start silence'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const { iso } = zonedInstant(date.value, time.value, newYork);
      await this.send('', 'POST', { revision: latest.number, until: iso });
    });
    return form;
  }

  breakForm() {
    const statement = element('textarea', { id: 'silence-statement', rows: '3', required: '' });
    statement.value = this.draft ?? '';
    statement.addEventListener('input', () => { this.draft = statement.value; });
    const form = element('form', { class: 'silence-break', 'aria-label': 'Break silence' },
      element('label', { for: 'silence-statement' }, `Statement of ${this.context.me.organization} (all participants read it)`),
      statement,
      element('p', {}, element('button', { type: 'submit', class: 'small primary' }, 'Send statement'), ' ',
        this.button('Cancel', () => { this.breaking = false; this.draft = ''; this.render(); })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!statement.value.trim()) { statement.focus(); return; }
      if (await this.send('/break', 'POST', { statement: statement.value.trim() })) { this.breaking = false; this.draft = ''; this.render(); }
    });
    return form;
  }

  async withdraw() {
    await this.send('', 'DELETE');
  }

  async putInBlue() {
    try {
      await this.context.command(`/api/resolutions/${this.context.resolutionId}/stage`, { method: 'PUT', body: { stage: 'inBlue' }, quiet: true });
      this.error.textContent = '';
    } catch (failure) {
      this.error.textContent = errorMessage(failure);
    }
  }

  async send(path, method, body) {
    try {
      // Quiet: the refusal is shown in the panel, beside the button that was pressed.
      const answer = await this.context.command(`/api/resolutions/${this.context.resolutionId}/silence${path}`, { method, body, quiet: true });
      this.error.textContent = '';
      this.set(answer);
      return true;
    } catch (failure) {
      this.error.textContent = errorMessage(failure);
      return false;
    }
  }
}
