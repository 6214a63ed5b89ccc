import { api, element } from './api.js';
import { errorMessage } from './contract.js';
import { stageName } from './document-view.js';

/** What moving to each stage is called, as the Secretariat and the pen-holder say it. */
const actions = {
  draft: 'Back to draft',
  inBlue: 'Put in blue',
  adopted: 'Record adoption',
  notAdopted: 'Record that it was not adopted',
  withdrawn: 'Withdraw the draft',
};

/** Stages whose move cannot be taken back: asked twice. */
const final = new Set(['adopted', 'notAdopted', 'withdrawn']);

/**
 * The draft's stage and the moves the caller may make from it, as the server lists them in the resolution's
 * `permissions.stages`: a secretary is never offered a move she would be refused.
 */
export class StagePanel {
  constructor(root, { resolutionId }) {
    this.root = root;
    this.resolutionId = resolutionId;
    this.error = element('p', { class: 'error', role: 'alert' });
  }

  /** Shows the stage of <resolution> and the moves its permissions allow. */
  render(resolution) {
    const stages = resolution.permissions?.stages ?? [];
    this.root.hidden = stages.length === 0;
    const buttons = stages.map((stage) => {
      const button = element('button', { type: 'button', class: 'small', 'data-stage-to': stage }, actions[stage] ?? stageName(stage));
      button.addEventListener('click', () => this.move(stage, button));
      return button;
    });
    this.root.replaceChildren(
      element('h2', {}, 'Stage'),
      element('p', {}, 'This draft is ', element('strong', {}, stageName(resolution.stage).toLowerCase()), '.'),
      element('p', { class: 'exports' }, ...buttons),
      this.error);
  }

  async move(stage, button) {
    this.error.textContent = '';
    if (final.has(stage) && button.dataset.confirm !== 'yes') {
      button.dataset.confirm = 'yes';
      button.textContent = `${actions[stage]}: press again to confirm`;
      return;
    }
    try {
      await api(`/api/resolutions/${this.resolutionId}/stage`, {
        method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ stage }),
      });
    } catch (failure) {
      this.error.textContent = errorMessage(failure) ?? failure.message;
    }
  }
}
