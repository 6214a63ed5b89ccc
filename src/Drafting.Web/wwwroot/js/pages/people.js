import { api, element, signOut } from '../core/api.js';
import { personLabel } from '../core/person-label.js';
import { sendByScript } from '../core/script-form.js';

// The site administrator's page: accounts (create, rename, move to another organization, disable, reset a
// password) over /api/users, with organizations picked from the server's list so that a typo cannot put someone
// in an organization of one.

const $ = (id) => document.getElementById(id);
const json = (body) => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function load() {
  const me = await api('/api/users/me');
  $('who').textContent = personLabel(me);
  if (!me.isAdmin) {
    $('not-admin').hidden = false;
    $('accounts-card').hidden = true;
    $('create-card').hidden = true;
    return;
  }
  const [people, organizations] = await Promise.all([api('/api/users'), api('/api/organizations')]);
  $('organizations').replaceChildren(...organizations.map((name) => element('option', { value: name })));
  $('people').replaceChildren(...people.map((person) => row(person, me)));
}

function row(person, me) {
  const error = $('people-error');
  const save = async (change, what) => {
    error.textContent = '';
    try {
      await api(`/api/users/${person.id}`, { method: 'PATCH', ...json(change) });
      error.textContent = '';
      await load();
      $('people-error').textContent = `${what} saved for ${person.userName}.`;
    } catch (failure) {
      error.textContent = failure.message;
    }
  };
  const name = element('input', { type: 'text', value: person.displayName, 'aria-label': `Name of ${person.userName}` });
  name.addEventListener('change', () => save({ displayName: name.value }, 'Name'));
  const organization = element('input', { type: 'text', value: person.organization, list: 'organizations', 'aria-label': `Organization of ${person.userName}` });
  organization.addEventListener('change', () => save({ organization: organization.value }, 'Organization'));
  const toggle = element('button', { type: 'button', class: 'small' }, person.isDisabled ? 'Enable' : 'Disable');
  if (person.id === me.id) toggle.disabled = true;
  toggle.addEventListener('click', () => save({ disabled: !person.isDisabled }, person.isDisabled ? 'Enabled' : 'Disabled'));
  const password = element('input', { type: 'password', autocomplete: 'new-password', minlength: '10', 'aria-label': `New password for ${person.userName}` });
  const reset = element('button', { type: 'button', class: 'small' }, 'Reset');
  reset.addEventListener('click', () => save({ password: password.value }, 'Password'));
  return element('tr', { class: person.isDisabled ? 'disabled-account' : undefined, 'data-user': person.userName },
    element('td', {}, person.userName, person.isAdmin ? ' (admin)' : ''),
    element('td', {}, name),
    element('td', {}, organization),
    element('td', {}, person.isDisabled ? 'disabled ' : 'active ', toggle),
    element('td', {}, password, ' ', reset));
}

sendByScript($('create-account'), async (event) => {
  const error = $('create-account-error');
  error.textContent = '';
  try {
    await api('/api/users', {
      method: 'POST',
      ...json({
        userName: $('new-user-name').value, displayName: $('new-display-name').value, organization: $('new-organization').value,
        password: $('new-password').value, isAdmin: $('new-admin').checked,
      }),
    });
    event.target.reset();
    await load();
  } catch (failure) {
    error.textContent = failure.message;
  }
});

$('sign-out').addEventListener('click', signOut);
load().catch((failure) => { $('people-error').textContent = failure.message; })
  .finally(() => { document.body.dataset.ready = 'true'; });
