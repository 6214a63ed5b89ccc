// The words the page shows for the contract's values.

/** "In blue" for inBlue: a stage as the page names it. */
const stageNames = { draft: 'Draft', inBlue: 'In blue', adopted: 'Adopted', notAdopted: 'Not adopted', withdrawn: 'Withdrawn' };
export const stageName = (stage) => stageNames[stage] ?? stage;

const roleNames = { penholder: 'pen-holder', drafter: 'drafter', observer: 'observer', secretary: 'secretary' };

/** "pen-holder" for penholder: a role as the page names it. For display only: what the page offers comes from permissions. */
export const roleName = (role) => roleNames[role] ?? role;

/** Every role, in the order the page offers them (participants' role lists). */
export const roles = Object.keys(roleNames);
