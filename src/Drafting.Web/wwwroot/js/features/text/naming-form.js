import { api, element } from '../../core/api.js';

const fields = [
  ['title', 'Title', 'e.g. Safety and security of peacekeepers'],
  ['symbol', 'Symbol', 'e.g. S/2026/118, A/C.3/79/L.5/Rev.1'],
  ['session', 'Session', 'e.g. Seventy-ninth session'],
];

/**
 * The pen-holder's and the Secretariat's form to name a draft (PATCH /api/resolutions/{id}): title, symbol, session and
 * agenda items (one a line). A refused value keeps the form open on the field the server named, with its words.
 * Others see the new names when the ResolutionNamed event reloads the page's resolution.
 */
export class NamingForm {
  constructor(resolutionId, command) {
    this.command = command;
    this.resolutionId = resolutionId;
    this.inputs = Object.fromEntries(fields.map(([name, label, hint]) =>
      [name, element('input', { type: 'text', id: `name-${name}`, name, placeholder: hint, 'aria-label': label })]));
    this.inputs.agendaItems = element('textarea', { id: 'name-agendaItems', name: 'agendaItems', rows: '3', placeholder: 'one a line, e.g. 71 (b) Promotion and protection of human rights', 'aria-label': 'Agenda items' });
    this.error = element('p', { class: 'error', role: 'alert' });
    const cancel = element('button', { type: 'button', class: 'small' }, 'Cancel');
    cancel.addEventListener('click', () => this.dialog.close());
    const form = element('form', { method: 'dialog', class: 'naming-form' },
      element('h2', {}, 'Name the draft'),
      ...fields.map(([name, label]) => element('p', {}, element('label', { for: `name-${name}` }, label), this.inputs[name])),
      element('p', {}, element('label', { for: 'name-agendaItems' }, 'Agenda items'), this.inputs.agendaItems),
      this.error,
      element('p', {}, element('button', { type: 'submit', class: 'small primary' }, 'Save names'), ' ', cancel));
    form.addEventListener('submit', (event) => { event.preventDefault(); this.save(); });
    this.dialog = element('dialog', { class: 'naming-dialog', 'aria-label': 'Name the draft' }, form);
    document.body.append(this.dialog);
  }

  open(resolution) {
    for (const [name] of fields) this.inputs[name].value = resolution[name] ?? '';
    this.inputs.agendaItems.value = (resolution.agendaItems ?? []).join('\n');
    this.error.textContent = '';
    this.dialog.showModal();
    this.inputs.title.focus();
  }

  async save() {
    const body = {
      title: this.inputs.title.value.trim(),
      symbol: this.inputs.symbol.value.trim(),
      session: this.inputs.session.value.trim(),
      agendaItems: this.inputs.agendaItems.value.split('\n').map((line) => line.trim()).filter(Boolean),
    };
    try {
      await this.command(`/api/resolutions/${this.resolutionId}`, { method: 'PATCH', body, quiet: true });
      this.dialog.close();
    } catch (failure) {
      this.error.textContent = failure.message;
      // The server names the field first ("symbol: …", "agendaItems[1]: …").
      const field = /^([a-zA-Z]+)/.exec(failure.problem?.detail ?? '')?.[1];
      this.inputs[field]?.focus();
    }
  }
}
