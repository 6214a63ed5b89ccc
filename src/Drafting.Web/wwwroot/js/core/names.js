// The words the page shows for the contract's values.

/** "In blue" for inBlue: a stage as the page names it. */
const stageNames = { draft: 'Draft', inBlue: 'In blue', adopted: 'Adopted', notAdopted: 'Not adopted', withdrawn: 'Withdrawn' };
export const stageName = (stage) => stageNames[stage] ?? stage;
