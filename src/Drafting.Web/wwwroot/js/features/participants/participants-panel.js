import { api, element, present } from '../../core/api.js';
import { errorMessage } from '../../core/contract.js';
import { personLabel } from '../../core/person-label.js';
import { ParticipantPicker } from './participant-picker.js';
import { roleName, roles } from '../../core/names.js';


/**
 * Who takes part and in which role (GET/POST …/participants). Whoever may manage participants (the pen-holder,
 * a site admin) adds people, changes roles and hands the pen over; the server keeps at least one pen-holder and
 * says so when a change would leave none.
 */
export class ParticipantsPanel {
  constructor(root, { resolutionId, me, canManage, onOwnRoleChanged, command }) {
    this.root = root;
    this.context = { resolutionId, me, canManage, onOwnRoleChanged, command };
    this.error = element('p', { class: 'error', role: 'alert' });
  }

  async refresh() {
    const people = await api(`/api/resolutions/${this.context.resolutionId}/participants`);
    this.list ??= element('ul', { class: 'participants' });
    this.list.replaceChildren(...people.map((person) => this.row(person)));
    // The form is built once and kept: a refresh brought by someone else's change must not take away a name being typed.
    const form = this.context.canManage() ? (this.form ??= this.addForm()) : null;
    if (!this.drawn || this.shownForm !== form) {
      this.root.replaceChildren(...present(element('h2', {}, 'Participants'), this.list, form, this.error));
      this.drawn = true;
      this.shownForm = form;
    }
  }

  row(person) {
    const name = element('span', { class: 'participant-name' }, personLabel(person));
    if (!this.context.canManage()) {
      return element('li', { 'data-participant': person.userName }, name, ' · ', roleName(person.role));
    }
    const select = roleSelect(person.role, `Role of ${person.displayName}`);
    select.addEventListener('change', () => this.setRole(person, select.value, select));
    return element('li', { 'data-participant': person.userName }, name, ' ', select);
  }

  addForm() {
    const userName = element('input', { type: 'text', id: 'participant-name', placeholder: 'name, user name or organization', 'aria-label': 'Person to add', required: 'required' });
    const picker = new ParticipantPicker(userName, { resolutionId: this.context.resolutionId });
    const role = roleSelect('drafter', 'Role of the person added');
    const form = element('form', { class: 'add-participant' }, element('span', { class: 'picker' }, userName, picker.list), ' ', role, ' ', element('button', { type: 'submit', class: 'small primary' }, 'Add'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      picker.close();
      await this.setRole({ userName: userName.value.trim(), displayName: userName.value.trim() }, role.value);
      userName.value = '';
    });
    return form;
  }

  async setRole(person, role, select) {
    this.error.textContent = '';
    try {
      const saved = await this.context.command(`/api/resolutions/${this.context.resolutionId}/participants`, { body: { userName: person.userName, role }, quiet: true });
      if (saved.userId === this.context.me()?.id) this.context.onOwnRoleChanged?.(saved.role);
      await this.refresh();
    } catch (failure) {
      this.error.textContent = errorMessage(failure) ?? failure.message;
      if (select) select.value = person.role;
    }
  }
}

function roleSelect(current, label) {
  const select = element('select', { 'aria-label': label });
  for (const value of roles) {
    const text = roleName(value);
    const option = element('option', { value }, text);
    if (value === current) option.selected = true;
    select.append(option);
  }
  return select;
}

