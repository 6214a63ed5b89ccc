import { api, element, present } from '../../core/api.js';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Word review": a delegation uploads the pen-holder's Word file back with its tracked changes and comments; each
 * change becomes the delegation's proposal and each comment a comment (POST …/word-review). The pen-holder may
 * upload one on a delegation's behalf by naming it. The proposals then arrive in the Proposals panel live.
 */
export class WordReviewPanel {
  constructor(root, { resolutionId, me, mayActForOthers, command }) {
    this.command = command;
    this.resolutionId = resolutionId;
    this.file = element('input', { type: 'file', id: 'word-review-file', accept: `.docx,.docm,${docxType}` });
    this.delegation = element('input', { type: 'text', id: 'word-review-delegation', value: me.organization, class: 'narrow' });
    this.status = element('p', { class: 'muted', role: 'status', id: 'word-review-status' });
    const upload = element('button', { type: 'button', class: 'small', id: 'word-review-upload' }, 'Propose from Word file');
    upload.addEventListener('click', () => this.send());
    root.replaceChildren(...present(
      element('h2', {}, 'Word review'),
      element('p', { class: 'muted' }, 'Upload a Word file exported here and returned with tracked changes and comments: each change becomes a proposal, each comment a comment.'),
      element('p', {}, element('label', { for: 'word-review-file' }, 'Returned .docx'), this.file),
      mayActForOthers
        ? element('p', {}, element('label', { for: 'word-review-delegation', class: 'inline' }, 'On behalf of '), this.delegation)
        : null,
      element('p', {}, upload),
      this.status));
    this.mayActForOthers = mayActForOthers;
    this.me = me;
  }

  async send() {
    const file = this.file.files[0];
    if (!file) { this.status.textContent = 'Choose the returned Word file first.'; return; }
    this.status.textContent = 'Reading the Word file…';
    const delegation = this.mayActForOthers ? this.delegation.value.trim() : '';
    const query = delegation && delegation !== this.me.organization ? `?delegation=${encodeURIComponent(delegation)}` : '';
    try {
      const review = await this.command(`/api/resolutions/${this.resolutionId}/word-review${query}`, { body: file, contentType: docxType, quiet: true });
      this.status.textContent = summary(review);
    } catch (error) {
      this.status.textContent = error.message;
    }
  }
}

function count(items, status) {
  return items.filter((item) => item.status === status).length;
}

/** "2 proposals made for Ghana (1 already imported), 1 comment." plus the warnings. */
export function summary(review) {
  const made = count(review.proposals, 'created');
  const again = count(review.proposals, 'duplicate');
  const refused = review.proposals.filter((p) => p.status === 'refused');
  const comments = count(review.comments, 'created');
  const parts = [`${made} proposal${made === 1 ? '' : 's'} made for ${review.delegation}`];
  if (again) parts.push(`${again} already imported`);
  if (refused.length) parts.push(`${refused.length} refused: ${refused.map((p) => p.message).join(' ')}`);
  parts.push(`${comments} comment${comments === 1 ? '' : 's'} added`);
  const warnings = review.warnings.map((w) => w.message);
  return [parts.join(', ') + '.', ...warnings].join(' ');
}
