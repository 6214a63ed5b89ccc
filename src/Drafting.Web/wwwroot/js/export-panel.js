import { element } from './api.js';

function fileName(response, fallback) {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads in each export format. Word, HTML and Akoma Ntoso writers are being built: until the
 * server has them the buttons say so instead of saving an error page.
 */
export class ExportPanel {
  constructor(root, { resolutionId }) {
    this.resolutionId = resolutionId;
    this.message = element('p', { class: 'error', role: 'status' });
    this.compareTo = element('input', { type: 'number', min: '1', id: 'compare-to', value: '1', class: 'narrow' });
    // Which comments go into a Word file is a choice made each time: a file for circulation carries none by default.
    this.comments = element('select', { id: 'export-comments', 'aria-label': 'Comments in the Word file' },
      element('option', { value: 'none' }, 'no comments'),
      element('option', { value: 'public' }, 'comments shared with all'),
      element('option', { value: 'all' }, 'also private comments (marked)'));
    const button = (label, format, query = () => '', attributes = {}) => {
      const b = element('button', { type: 'button', class: 'small', 'data-export': format, ...attributes }, label);
      b.addEventListener('click', () => this.download(format, query()));
      return b;
    };
    root.replaceChildren(
      element('h2', {}, 'Export'),
      element('p', { class: 'exports' },
        button('Word (.docx)', 'docx', () => (this.comments.value === 'none' ? '' : `?comments=${this.comments.value}`)),
        button('Markdown (.md)', 'md'),
        button('Akoma Ntoso (.xml)', 'akn')),
      element('p', { class: 'exports' }, element('label', { for: 'export-comments', class: 'inline' }, 'Word files with '), this.comments),
      element('p', { class: 'exports' },
        element('label', { for: 'compare-to', class: 'inline' }, 'Tracked changes against revision '),
        this.compareTo, ' ',
        button('Word with changes', 'docx', () => `?compareTo=${encodeURIComponent(this.compareTo.value)}&comments=${this.comments.value}`, { 'data-variant': 'tracked' })),
      this.message);
  }

  /** Offers the published revisions as comparison points. */
  setRevisions(revisions) {
    const latest = revisions.at(-1)?.number;
    if (latest) { this.compareTo.value = latest; this.compareTo.max = latest; }
  }

  async download(format, query) {
    this.message.textContent = '';
    const response = await fetch(`/api/resolutions/${this.resolutionId}/export/${format}${query}`, { credentials: 'same-origin' });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail ?? detail; } catch { /* not JSON */ }
      this.message.textContent = response.status === 404 ? `${format} export is not available on this server yet. ${detail}` : detail;
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = element('a', { href: url, download: fileName(response, `resolution.${format}`), hidden: '' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
}
