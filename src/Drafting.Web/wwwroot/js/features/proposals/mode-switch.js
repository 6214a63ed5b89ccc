import { api, element } from '../../core/api.js';

// Who changes the text directly: a badge for everyone ("Open editing" / "Proposals only") and, for the
// pen-holder, the switch (PUT …/mode). It follows ModeChanged live.

const modeNames = { open: 'Open editing', proposals: 'Proposals only' };
const modeHelp = {
  open: 'Drafters edit the text directly.',
  proposals: 'Drafters propose changes; the pen-holder accepts or rejects them.',
};

export class ModeSwitch {
  /**
   * @param {HTMLElement} badge the header badge
   * @param {{resolutionId:string, canSwitch:boolean, command}} context
   */
  constructor(badge, context) {
    this.badge = badge;
    this.context = context;
    this.mode = null;
    this.button = context.canSwitch ? element('button', { type: 'button', class: 'small', id: 'mode-switch' }) : null;
    this.button?.addEventListener('click', () => this.switchTo(this.mode === 'proposals' ? 'open' : 'proposals'));
  }

  set(mode) {
    this.mode = mode ?? 'open';
    this.badge.textContent = modeNames[this.mode] ?? this.mode;
    this.badge.dataset.mode = this.mode;
    this.badge.title = `Editing mode: ${modeHelp[this.mode] ?? ''}`;
    this.badge.setAttribute('aria-label', `Editing mode: ${modeNames[this.mode] ?? this.mode}. ${modeHelp[this.mode] ?? ''}`);
    if (this.button) {
      this.button.textContent = this.mode === 'proposals' ? 'Switch to open editing' : 'Switch to proposals only';
      this.button.disabled = false;
    }
  }

  async switchTo(mode) {
    this.button.disabled = true;
    try {
      const answer = await this.context.command(`/api/resolutions/${this.context.resolutionId}/mode`, { method: 'PUT', body: { mode } });
      this.set(answer.mode);
    } catch {
      this.button.disabled = false; // the command showed the refusal
    }
  }
}
