import { api, element } from '../../core/api.js';
import { roleName } from '../../core/names.js';

/**
 * Finding people to add: as one types a display name, user name or organization, the matching accounts are offered
 * (GET …/participants/candidates?q=, which only those who may add participants are answered); choosing one fills in
 * its user name. Answers that come back out of order are dropped: only the latest query's list is shown.
 */
export class ParticipantPicker {
  constructor(input, { resolutionId }) {
    this.input = input;
    this.resolutionId = resolutionId;
    this.asked = 0;
    this.list = element('ul', { class: 'candidates', id: 'participant-candidates', role: 'listbox', 'aria-label': 'Matching accounts', hidden: '' });
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-controls', this.list.id);
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.search(input.value.trim()), 150);
    });
    input.addEventListener('keydown', (event) => {
      const options = [...this.list.querySelectorAll('[role=option]')];
      if (event.key === 'ArrowDown' && options.length) { event.preventDefault(); options[0].focus(); }
      if (event.key === 'Escape') this.close();
    });
    // Leaving the picker (to the Add button, say) closes the list, so that it never lies over what is clicked next.
    const leaving = (event) => { if (!this.list.contains(event.relatedTarget) && event.relatedTarget !== input) this.close(); };
    input.addEventListener('blur', leaving);
    this.list.addEventListener('focusout', leaving);
    this.list.addEventListener('keydown', (event) => {
      const options = [...this.list.querySelectorAll('[role=option]')];
      const at = options.indexOf(document.activeElement);
      if (event.key === 'ArrowDown') { event.preventDefault(); options[Math.min(at + 1, options.length - 1)]?.focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (at <= 0 ? input : options[at - 1]).focus(); }
      if (event.key === 'Escape') { this.close(); input.focus(); }
    });
  }

  async search(query) {
    const asked = ++this.asked;
    if (!query) { this.close(); return; }
    let found;
    try {
      found = await api(`/api/resolutions/${this.resolutionId}/participants/candidates?q=${encodeURIComponent(query)}`);
    } catch {
      found = [];
    }
    if (asked !== this.asked) return;
    // A user name typed in full is already a choice: the list would only cover the Add button.
    if (found.some((account) => account.userName.toLowerCase() === query.toLowerCase())) { this.close(); return; }
    this.list.replaceChildren(...(found.length ? found.map((account) => this.option(account))
      : [element('li', { class: 'muted', role: 'presentation' }, `No account matches “${query}”.`)]));
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  option(account) {
    const taking = account.role ? ` · already ${roleName(account.role)}` : '';
    const item = element('li', { role: 'option', tabindex: '-1', 'data-user-name': account.userName },
      element('strong', {}, account.displayName), ` (${account.organization}) · ${account.userName}${taking}`);
    const choose = () => {
      this.input.value = account.userName;
      this.close();
      this.input.focus();
    };
    item.addEventListener('click', choose);
    item.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); choose(); } });
    return item;
  }

  close() {
    this.asked++;
    this.list.hidden = true;
    this.list.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
  }
}
