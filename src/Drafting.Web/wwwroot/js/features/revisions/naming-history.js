import { api, element } from '../../core/api.js';
import { personLabel } from '../../core/person-label.js';

// The draft's names through time (GET …/names, one entry per ResolutionNamed event): who named or renamed it, when,
// and each field from what to what — newest first, read again whenever a naming event arrives.

const fields = [['title', 'Title'], ['symbol', 'Symbol'], ['session', 'Session'], ['agendaItems', 'Agenda items']];
const shown = (value) => (Array.isArray(value) ? value.join('; ') : value ?? '') || '—';

export class NamingHistory {
  constructor(resolutionId) {
    this.resolutionId = resolutionId;
    this.list = element('ol', { class: 'naming-changes' });
    this.empty = element('p', { class: 'muted' }, 'Not named yet: the pen-holder or the secretary gives the title and symbol with "Name the draft".');
    this.element = element('div', { class: 'naming-history', id: 'naming-history' }, element('h3', {}, 'Names of the draft'), this.empty, this.list);
  }

  async refresh() {
    const changes = await api(`/api/resolutions/${this.resolutionId}/names`);
    this.empty.hidden = changes.length > 0;
    this.list.replaceChildren(...[...changes].reverse().map((change) => {
      const before = change.names.previous ?? {};
      const when = new Date(change.at);
      const changed = fields.filter(([name]) => shown(before[name]) !== shown(change.names[name]));
      return element('li', { 'data-seq': String(change.seq) },
        element('p', {},
          element('time', { datetime: change.at, class: 'muted' }, Number.isNaN(when.getTime()) ? change.at : when.toLocaleString()),
          ` · ${personLabel({ displayName: change.byName, organization: change.byOrganization }, 'someone')}`),
        element('ul', {}, ...(changed.length ? changed : fields.slice(0, 2)).map(([name, label]) =>
          element('li', { 'data-field': name }, `${label}: `, element('del', {}, shown(before[name])), ' → ', element('ins', {}, shown(change.names[name]))))));
    }));
  }
}
