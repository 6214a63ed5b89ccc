import { api, element } from '../../core/api.js';
import { errorMessage } from '../../core/contract.js';
import { stageName } from '../../core/names.js';
import { wallClock } from '../../core/new-york-time.js';

/** What moving to each stage is called, as the Secretariat and the pen-holder say it. */
const actions = {
  draft: 'Back to draft',
  inBlue: 'Put in blue',
  adopted: 'Record adoption',
  notAdopted: 'Record that it was not adopted',
  withdrawn: 'Withdraw the draft',
};

/** Stages whose move cannot be taken back: asked twice, or through the decision form. */
const final = new Set(['adopted', 'notAdopted', 'withdrawn']);

/** Stages recorded with the meeting, the date and the vote. */
const decisions = new Set(['adopted', 'notAdopted']);

/** "9490th meeting, 1 December 2023, 13 votes to 0, with 2 abstentions" of a decision record. */
export function describeDecision(decided) {
  if (!decided) return null;
  const date = new Date(`${decided.date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const vote = decided.vote
    ? `${decided.vote.inFavour} votes to ${decided.vote.against}, with ${decided.vote.abstaining} abstention${decided.vote.abstaining === 1 ? '' : 's'}`
    : 'without a vote';
  return [decided.meeting, date, vote].filter(Boolean).join(', ');
}

/**
 * The draft's stage and the moves the caller may make from it, as the server lists them in the resolution's
 * `permissions.stages`: a secretary is never offered a move she would be refused. Adoption and the vote are recorded
 * with their meeting, date, vote and the symbol of the adopted text.
 */
export class StagePanel {
  constructor(root, { resolutionId, command }) {
    this.command = command;
    this.root = root;
    this.resolutionId = resolutionId;
    this.error = element('p', { class: 'error', role: 'alert' });
    this.form = element('form', { class: 'decision', hidden: '' });
  }

  /** Shows the stage of <resolution> and the moves its permissions allow. */
  render(resolution) {
    this.resolution = resolution;
    const stages = resolution.permissions?.stages ?? [];
    this.root.hidden = stages.length === 0 && !resolution.decided;
    const buttons = stages.map((stage) => {
      const button = element('button', { type: 'button', class: 'small', 'data-stage-to': stage }, actions[stage] ?? stageName(stage));
      button.addEventListener('click', () => this.move(stage, button));
      return button;
    });
    const decided = describeDecision(resolution.decided);
    this.form.hidden = true;
    this.root.replaceChildren(
      element('h2', {}, 'Stage'),
      element('p', {}, 'This draft is ', element('strong', {}, stageName(resolution.stage).toLowerCase()), decided ? ` (${decided})` : '', '.'),
      element('p', { class: 'exports' }, ...buttons),
      this.form,
      this.error);
  }

  async move(stage, button) {
    this.error.textContent = '';
    if (decisions.has(stage)) {
      this.showDecisionForm(stage);
      return;
    }
    if (final.has(stage) && button.dataset.confirm !== 'yes') {
      button.dataset.confirm = 'yes';
      button.textContent = `${actions[stage]}: press again to confirm`;
      return;
    }
    await this.send({ stage });
  }

  /** The meeting, date, vote and symbol of adoption (or of the vote that did not adopt), sent with the move. */
  showDecisionForm(stage) {
    const field = (label, input) => element('label', {}, label, ' ', input);
    const meeting = element('input', { name: 'meeting', placeholder: '9490th meeting', maxlength: '100', autocomplete: 'off' });
    const date = element('input', { name: 'date', type: 'date', required: '', value: wallClock(new Date()).date });
    const symbol = element('input', { name: 'symbol', maxlength: '100', value: this.resolution?.symbol ?? '', placeholder: 'S/RES/2713 (2023)' });
    const byVote = element('input', { type: 'checkbox', name: 'byVote' });
    const count = (name) => element('input', { name, type: 'number', min: '0', max: '193', value: '0', disabled: '' });
    const counts = [count('inFavour'), count('against'), count('abstaining')];
    byVote.addEventListener('change', () => counts.forEach((c) => { c.disabled = !byVote.checked; }));
    const submit = element('button', { type: 'submit' }, actions[stage]);
    const cancel = element('button', { type: 'button', class: 'small' }, 'Cancel');
    cancel.addEventListener('click', () => { this.form.hidden = true; });
    this.form.replaceChildren(
      element('h3', {}, actions[stage]),
      field('Meeting', meeting),
      field('Date', date),
      field('Symbol of the resolution', symbol),
      element('label', {}, byVote, ' Put to the vote'),
      element('p', { class: 'vote' }, field('In favour', counts[0]), ' ', field('Against', counts[1]), ' ', field('Abstaining', counts[2])),
      element('p', { class: 'hint' }, 'This cannot be undone: the text is frozen once it is recorded.'),
      element('p', {}, submit, ' ', cancel));
    this.form.onsubmit = async (event) => {
      event.preventDefault();
      const body = { stage, date: date.value };
      if (meeting.value.trim()) body.meeting = meeting.value.trim();
      if (symbol.value.trim() && symbol.value.trim() !== (this.resolution?.symbol ?? '')) body.symbol = symbol.value.trim();
      if (byVote.checked) {
        const [inFavour, against, abstaining] = counts.map((c) => Number(c.value));
        body.vote = { inFavour, against, abstaining };
      }
      submit.disabled = true;
      try {
        if (await this.send(body)) this.form.hidden = true;
      } finally {
        submit.disabled = false;
      }
    };
    this.form.hidden = false;
    meeting.focus();
  }

  async send(body) {
    try {
      await this.command(`/api/resolutions/${this.resolutionId}/stage`, { method: 'PUT', body, quiet: true });
      return true;
    } catch (failure) {
      this.error.textContent = errorMessage(failure) ?? failure.message;
      return false;
    }
  }
}
