
// Inserting, moving and deleting clauses from an open editor or the toolbar, through the REST contract.

const placeholder = { preambular: 'Recalling ,', operative: 'Decides ;', subParagraph: 'new sub-paragraph;' };

export class StructureActions {
  /**
   * @param {import('../../state/page-state.js').PageState} page
   * @param {{reload:({edit}?)=>Promise<void>, command:import('../../core/command.js').Command, startComment:(clauseId, text, start, end)=>void}} hooks
   */
  constructor(page, hooks) {
    this.page = page;
    this.hooks = hooks;
  }

  async insertAfter(clauseId) {
    const entry = this.page.entryOf(clauseId);
    const kind = entry.kind;
    await this.create({ kind, parentId: entry.parentId, position: entry.index + 1, text: placeholder[kind] });
  }

  async addSub(clauseId) {
    const entry = this.page.entryOf(clauseId);
    await this.create({ kind: 'subParagraph', parentId: clauseId, position: entry.clause.subparagraphs?.length ?? 0, text: placeholder.subParagraph });
  }

  async append(kind) {
    const list = kind === 'preambular' ? this.page.resolution.preambular : this.page.resolution.operative;
    await this.create({ kind, position: list.length, text: placeholder[kind] });
  }

  async move(clauseId, by) {
    const entry = this.page.entryOf(clauseId);
    const position = entry.index + by;
    if (position < 0 || position >= entry.list.length) return;
    if (await this.send(`/${encodeURIComponent(clauseId)}/move`, 'POST', { position })) await this.hooks.reload({ edit: clauseId });
  }

  async remove(clauseId) {
    const editor = this.page.editors.get(clauseId);
    if (await this.send(`/${encodeURIComponent(clauseId)}`, 'DELETE')) {
      if (editor) { this.page.editors.delete(clauseId); editor.element.remove(); }
      await this.hooks.reload();
    }
  }

  comment(clauseId, text, start, end) {
    this.hooks.startComment(clauseId, text, start, end);
  }

  async create(body) {
    const created = await this.send('', 'POST', body);
    if (created) await this.hooks.reload({ edit: created.clauseId });
  }

  async send(path, method, body) {
    try {
      return await this.hooks.command(`/api/resolutions/${this.page.resolutionId}/clauses${path}`, { method, body });
    } catch {
      return null; // the command showed the refusal
    }
  }
}
