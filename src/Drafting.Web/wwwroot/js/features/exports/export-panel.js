import { element, sameOriginHeaders } from '../../core/api.js';

function fileName(response, fallback) {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads: the current text or any published revision (chosen by its label) in each format, and the changes since a published revision (chosen by its label,
 * the zero draft included) as Word tracked changes or marked-up HTML. Which comments go into a Word or HTML file is
 * asked each time (only those the reader may read are ever in it); a file for circulation carries none by default.
 * Each file is saved under the name the server gives ("S-2026-118-Rev.1.docx"). Says what was saved, or exactly why not.
 */
export class ExportPanel {
  constructor(root, { resolutionId }) {
    this.resolutionId = resolutionId;
    this.message = element('p', { class: 'export-status', role: 'status' });
    this.base = element('select', { id: 'compare-to', 'aria-label': 'Changes since revision', disabled: '' },
      element('option', { value: '' }, 'no revision published yet'));
    // Which text: the current one, or a published revision as it was published (?revision=N).
    this.revision = element('select', { id: 'export-revision', 'aria-label': 'Text to export' },
      element('option', { value: '' }, 'the current text'));
    this.comments = element('select', { id: 'export-comments', 'aria-label': 'Comments in Word and HTML files' },
      element('option', { value: 'none' }, 'no comments'),
      element('option', { value: 'public' }, 'comments shared with all'),
      element('option', { value: 'all' }, 'also private comments (marked)'));
    const ofRevision = () => (this.revision.value === '' ? '' : `revision=${this.revision.value}`);
    const withComments = () => [ofRevision(), this.comments.value === 'none' ? '' : `comments=${this.comments.value}`].filter(Boolean).join('&');
    const button = (label, format, query = () => '', attributes = {}) => {
      const b = element('button', { type: 'button', class: 'small', 'data-export': format, ...attributes }, label);
      b.addEventListener('click', () => this.download(format, query()));
      return b;
    };
    this.tracked = [
      button('Word with changes', 'docx', () => [`compareTo=${this.base.value}`, withComments()].filter(Boolean).join('&'), { 'data-variant': 'tracked', disabled: '' }),
      button('HTML with changes', 'html', () => [`compareTo=${this.base.value}`, ofRevision()].filter(Boolean).join('&'), { 'data-variant': 'tracked', disabled: '' }),
    ];
    root.replaceChildren(
      element('h2', {}, 'Export'),
      element('p', { class: 'exports' }, element('label', { for: 'export-revision', class: 'inline' }, 'Export '), this.revision),
      element('p', { class: 'exports' },
        button('Word (.docx)', 'docx', withComments),
        button('HTML', 'html', withComments),
        button('Markdown (.md)', 'md', ofRevision),
        button('Akoma Ntoso (.xml)', 'akn', ofRevision)),
      element('p', { class: 'exports' }, element('label', { for: 'export-comments', class: 'inline' }, 'Word and HTML files with '), this.comments),
      element('p', { class: 'exports' },
        element('label', { for: 'compare-to', class: 'inline' }, 'Changes since '), this.base, ' ', ...this.tracked),
      this.message);
  }

  /** Offers the published revisions, by label, to export and as the base of a comparison (the latest chosen there). */
  setRevisions(revisions) {
    const chosen = this.base.value;
    if (revisions.length === 0) return;
    const exported = this.revision.value;
    this.revision.replaceChildren(element('option', { value: '' }, 'the current text'),
      ...[...revisions].reverse().map((r) => element('option', { value: String(r.number) }, `${r.label}${r.number === 0 ? ' (zero draft)' : ''}, as published`)));
    this.revision.value = revisions.some((r) => String(r.number) === exported) ? exported : '';
    this.base.replaceChildren(...revisions.map((r) => element('option', { value: String(r.number) },
      `${r.label}${r.number === 0 ? ' (zero draft)' : ''}`)));
    this.base.value = revisions.some((r) => String(r.number) === chosen) ? chosen : String(revisions.at(-1).number);
    this.base.disabled = false;
    for (const b of this.tracked) b.disabled = false;
  }

  async download(format, query) {
    this.message.textContent = '';
    this.message.classList.remove('error');
    const response = await fetch(`/api/resolutions/${this.resolutionId}/export/${format}${query ? `?${query}` : ''}`, { credentials: 'same-origin', headers: sameOriginHeaders });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail ?? detail; } catch { /* not JSON */ }
      this.message.classList.add('error');
      this.message.textContent = `Not exported: ${detail}`;
      return;
    }
    const name = fileName(response, `resolution.${format}`);
    const url = URL.createObjectURL(await response.blob());
    const link = element('a', { href: url, download: name, hidden: '' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this.message.textContent = `Saved ${name}.`;
  }
}
