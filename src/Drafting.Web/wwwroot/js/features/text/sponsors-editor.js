import { api, element } from '../../core/api.js';

/** The pen-holder's sponsor list editor (PUT …/sponsors) in a modal dialog. */
export class SponsorsEditor {
  constructor(resolutionId, command) {
    this.command = command;
    this.resolutionId = resolutionId;
    this.rows = element('tbody');
    this.error = element('p', { class: 'error', role: 'alert' });
    const add = element('button', { type: 'button', class: 'small' }, 'Add sponsor');
    add.addEventListener('click', () => this.addRow({ name: '', role: 'co' }).querySelector('input').focus());
    const cancel = element('button', { type: 'button', class: 'small' }, 'Cancel');
    cancel.addEventListener('click', () => this.dialog.close());
    const form = element('form', { method: 'dialog' },
      element('h2', {}, 'Sponsors'),
      element('table', {}, element('thead', {}, element('tr', {},
        element('th', { scope: 'col' }, 'Member State'), element('th', { scope: 'col' }, 'Role'), element('th', { scope: 'col' }, element('span', { class: 'visually-hidden' }, 'Remove')))), this.rows),
      element('p', {}, add),
      this.error,
      element('p', {}, element('button', { type: 'submit', class: 'small primary' }, 'Save sponsors'), ' ', cancel));
    form.addEventListener('submit', (event) => { event.preventDefault(); this.save(); });
    this.dialog = element('dialog', { class: 'sponsors-dialog', 'aria-label': 'Sponsors' }, form);
    document.body.append(this.dialog);
  }

  open(sponsors) {
    this.kept = sponsors;
    this.rows.replaceChildren();
    for (const s of sponsors) this.addRow(s);
    this.error.textContent = '';
    this.dialog.showModal();
  }

  addRow(sponsor) {
    const name = element('input', { type: 'text', value: sponsor.name, 'aria-label': 'Member State', required: '' });
    const role = element('select', { 'aria-label': 'Role' }, element('option', { value: 'main' }, 'Main sponsor'), element('option', { value: 'co' }, 'Co-sponsor'));
    role.value = sponsor.role;
    const remove = element('button', { type: 'button', class: 'small', 'aria-label': `Remove ${sponsor.name || 'sponsor'}` }, '✕');
    const row = element('tr', {}, element('td', {}, name), element('td', {}, role), element('td', {}, remove));
    row.sponsor = sponsor;
    remove.addEventListener('click', () => row.remove());
    this.rows.append(row);
    return row;
  }

  async save() {
    const sponsors = [...this.rows.children].map((row) => ({
      name: row.querySelector('input').value.trim(),
      role: row.querySelector('select').value,
      joined: row.sponsor.joined ?? null,
      withdrawn: row.sponsor.withdrawn ?? null,
    })).filter((s) => s.name);
    try {
      await this.command(`/api/resolutions/${this.resolutionId}/sponsors`, { method: 'PUT', body: sponsors, quiet: true });
      this.dialog.close();
    } catch (failure) {
      this.error.textContent = failure.message;
    }
  }
}
