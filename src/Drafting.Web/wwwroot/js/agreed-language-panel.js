// Beside a draft: search agreed language, and check which paragraphs of the draft are adopted text
// (GET /api/resolutions/{id}/agreed-language: "as in A/RES/78/113 PP 4, 3 words differ").
import { api, element } from './api.js';
import { LibrarySearch } from './library-search.js';

export class AgreedLanguagePanel {
  constructor(container, { resolutionId }) {
    this.resolutionId = resolutionId;
    this.result = element('ol', { class: 'agreed-list' });
    this.error = element('p', { class: 'error', role: 'alert' });
    const check = element('button', { type: 'button' }, 'Check this draft');
    check.addEventListener('click', () => this.check());
    container.append(element('h2', {}, 'Agreed language'), element('p', {}, check, ' ', element('a', { href: '/library' }, 'Library')), this.error, this.result);
    new LibrarySearch(container, {
      filters: false,
      action: (hit) => {
        const copy = element('button', { type: 'button', class: 'link' }, 'Copy');
        copy.addEventListener('click', () => navigator.clipboard?.writeText(hit.text));
        return copy;
      },
    });
  }

  async check() {
    this.error.textContent = '';
    try {
      const found = await api(`/api/resolutions/${this.resolutionId}/agreed-language`);
      this.result.replaceChildren(...found.clauses.map((c) => element('li', {},
        element('strong', {}, `${c.number}: `),
        c.source
          ? element('a', { href: `/library/${c.source.id}` }, c.source.label)
          : element('span', { class: 'muted' }, 'no adopted paragraph close to it'))));
    } catch (failure) {
      this.error.textContent = failure.message;
    }
  }
}
