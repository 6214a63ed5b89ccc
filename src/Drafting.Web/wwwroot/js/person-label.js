// How a person is named wherever the page says who did something — the same rule as PersonLabel.Of on the server:
// "Ama Mensah (Ghana)"; the name alone for a secretary without a delegation; the delegation alone when the name is
// unknown; `nobody` when neither is known.

/** "Ama Mensah (Ghana)", "Ama Mensah", "Ghana", or `nobody`. */
export function personLabel(person, nobody = '') {
  const name = person?.displayName?.trim() ?? '';
  const delegation = person?.organization?.trim() ?? '';
  if (name && delegation) return `${name} (${delegation})`;
  return name || delegation || nobody;
}
