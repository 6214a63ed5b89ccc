import { api, apiAll, element, present } from '../../core/api.js';
import { errorMessage, HubMethods } from '../../core/contract.js';
import { personChip } from '../../core/person-label.js';
import { safeHtml } from '../../core/safe-html.js';

const contextLength = 32;

/** The quote selector of a span: the exact words and up to 32 characters either side. */
export function quoteOf(text, start, end) {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
  };
}

/** Where a quote stands in the clause text now: the occurrence whose context fits best, or null. */
export function findQuote(text, quote) {
  if (!quote?.exact) return null;
  let best = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    let score = 0;
    if (quote.prefix && text.slice(0, at).endsWith(quote.prefix)) score += 2;
    if (quote.suffix && text.slice(at + quote.exact.length).startsWith(quote.suffix)) score += 2;
    if (!best || score > best.score) best = { start: at, end: at + quote.exact.length, score };
  }
  return best;
}

/**
 * The side panel of annotations: a compose box for the selected span, threads grouped by clause in
 * document order, replies, resolve/reopen, and orphaned comments with their original quote.
 */
export class CommentsPanel {
  /**
   * @param {HTMLElement} root
   * @param {{resolutionId:string, live, me, role:string, canComment:boolean, clauses:()=>Array, focusClause:(id)=>void, onChange:()=>void}} context
   */
  constructor(root, context) {
    this.root = root;
    this.context = context;
    this.comments = new Map();
    this.showResolved = false;
    this.compose = element('form', { class: 'compose', hidden: '' });
    this.list = element('div', { class: 'threads' });
    const toggle = element('input', { type: 'checkbox', id: 'show-resolved' });
    toggle.addEventListener('change', () => { this.showResolved = toggle.checked; this.render(); });
    this.root.replaceChildren(...present(
      element('h2', {}, 'Comments'),
      context.canComment ? element('p', { class: 'muted hint' }, 'Select words in a paragraph to comment on them.') : null,
      this.compose,
      element('label', { class: 'inline' }, toggle, ' Show resolved'),
      this.list));
  }

  async load() {
    const all = await apiAll(`/api/resolutions/${this.context.resolutionId}/comments`);
    this.comments = new Map(all.map((c) => [c.id, c]));
    this.render();
  }

  upsert(comment) {
    this.comments.set(comment.id, comment);
    this.render();
  }

  /** Highlight ranges of the open, anchored comments on a clause, re-found in its current text. */
  marksFor(clause) {
    const marks = [];
    for (const c of this.comments.values()) {
      if (c.parentId || c.resolved || c.anchor?.clauseId !== clause.id || c.anchor.status === 'orphaned') continue;
      const found = findQuote(clause.text, c.anchor.quote);
      if (found) marks.push({ ...found, id: c.id });
    }
    return marks;
  }

  /** Opens the compose box for a span of a clause (the whole clause when the span is empty). */
  startComment(clauseId, label, text, start, end) {
    const whole = start === end;
    const quote = whole ? { exact: '', prefix: '', suffix: '' } : quoteOf(text, start, end);
    const body = element('textarea', { id: 'comment-body', name: 'body', required: '', rows: '4', 'aria-label': 'Comment (Markdown)' });
    const organization = this.context.me.organization;
    const visibility = element('select', { id: 'comment-visibility', name: 'visibility', 'aria-label': 'Who sees it' },
      element('option', { value: 'all' }, 'Everyone in this resolution'),
      element('option', { value: 'penholder' }, `${organization} and the pen-holder`),
      element('option', { value: 'organization' }, `${organization} only — not the pen-holder`));
    const readers = element('p', { class: 'muted', id: 'comment-readers', 'aria-live': 'polite' });
    const sayReaders = () => { readers.textContent = audienceSentence(visibility.value, organization); };
    visibility.addEventListener('change', sayReaders);
    sayReaders();
    const error = element('p', { class: 'error', role: 'alert' });
    const cancel = element('button', { type: 'button', class: 'small' }, 'Cancel');
    cancel.addEventListener('click', () => this.closeCompose());
    this.compose.replaceChildren(
      element('p', { class: 'on' }, `On ${label}: `, whole ? element('em', {}, 'the whole paragraph') : element('q', {}, quote.exact)),
      element('label', { for: 'comment-body' }, 'Comment (Markdown)'),
      body,
      element('label', { for: 'comment-visibility' }, 'Visible to'),
      visibility,
      readers,
      element('p', {}, element('button', { type: 'submit', class: 'small primary' }, 'Post comment'), ' ', cancel),
      error);
    this.compose.onsubmit = async (event) => {
      event.preventDefault();
      if (!body.value.trim()) return;
      try {
        const added = await this.context.live.invoke(HubMethods.addComment, this.context.resolutionId, {
          clauseId, quote, body: body.value, visibility: visibility.value,
        });
        this.upsert(added);
        this.closeCompose();
      } catch (failure) {
        error.textContent = errorMessage(failure);
      }
    };
    this.compose.hidden = false;
    body.focus();
  }

  closeCompose() {
    this.compose.hidden = true;
    this.compose.replaceChildren();
  }

  render() {
    const clauses = this.context.clauses();
    const order = new Map(clauses.map((c, i) => [c.clause.id, i]));
    const byId = new Map(clauses.map((c) => [c.clause.id, c]));
    const roots = [...this.comments.values()].filter((c) => !c.parentId && (this.showResolved || !c.resolved));
    const replies = (id) => [...this.comments.values()].filter((c) => c.parentId === id).sort((a, b) => a.seq - b.seq);
    const orphaned = (c) => {
      const entry = byId.get(c.anchor?.clauseId);
      return !entry || c.anchor.status === 'orphaned' || !findQuote(entry.clause.text, c.anchor.quote);
    };

    const groups = new Map();
    const lost = [];
    for (const c of roots.sort((a, b) => a.seq - b.seq)) {
      if (orphaned(c)) { lost.push(c); continue; }
      const key = c.anchor.clauseId;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(c);
    }

    const sections = [...groups.entries()].sort((a, b) => order.get(a[0]) - order.get(b[0])).map(([clauseId, threads]) => {
      const jump = element('button', { type: 'button', class: 'link clause-link' }, byId.get(clauseId).label);
      jump.addEventListener('click', () => this.context.focusClause(clauseId));
      return element('section', { class: 'comment-group', 'data-comments-for': clauseId },
        element('h3', {}, jump), ...threads.map((c) => this.thread(c, replies(c.id), false)));
    });
    if (lost.length) {
      sections.push(element('section', { class: 'comment-group orphaned', id: 'orphaned-comments' },
        element('h3', {}, 'Orphaned comments'),
        element('p', { class: 'muted' }, 'The words they were about are no longer in the text.'),
        ...lost.map((c) => this.thread(c, replies(c.id), true))));
    }
    if (!sections.length) sections.push(element('p', { class: 'muted' }, 'No comments yet.'));
    this.list.replaceChildren(...sections);
    this.context.onChange();
  }

  thread(comment, replies, orphaned) {
    const article = element('article', { class: `thread${comment.resolved ? ' resolved' : ''}`, 'data-comment-id': comment.id },
      orphaned || comment.anchor?.quote?.exact
        ? element('blockquote', { class: 'quote' }, comment.anchor.quote.exact)
        : null,
      this.entry(comment),
      ...replies.map((r) => this.entry(r)));
    const actions = element('p', { class: 'thread-actions' });
    if (this.context.canComment) {
      const reply = element('button', { type: 'button', class: 'small' }, 'Reply');
      reply.addEventListener('click', () => this.replyForm(article, comment, reply));
      actions.append(reply, ' ');
    }
    if (comment.author.id === this.context.me.id || this.context.can.resolveComments()) {
      const resolve = element('button', { type: 'button', class: 'small' }, comment.resolved ? 'Reopen' : 'Resolve');
      resolve.addEventListener('click', async () => {
        // A refusal is shown by the command (it used to pass in silence here).
        const updated = await this.context.command(`/api/resolutions/${this.context.resolutionId}/comments/${comment.id}`, { method: 'PATCH', body: { resolved: !comment.resolved } }).catch(() => null);
        if (updated) this.upsert(updated);
      });
      actions.append(resolve);
    }
    if (actions.childNodes.length) article.append(actions);
    return article;
  }

  entry(comment) {
    const when = comment.createdAt ? new Date(comment.createdAt) : null;
    return element('div', { class: 'comment' },
      element('header', {},
        personChip(comment.author),
        element('span', { class: 'author' }, comment.author.displayName),
        element('span', { class: 'muted' }, ` ${comment.author.organization}`),
        comment.visibility !== 'all' ? element('span', { class: 'badge', title: audienceSentence(comment.visibility, comment.audience ?? comment.author.organization) }, audienceBadge(comment)) : null,
        when && !Number.isNaN(when.getTime()) ? element('time', { datetime: comment.createdAt, class: 'muted' }, when.toLocaleString()) : null),
      element('div', { class: 'body' }, safeHtml(comment.bodyHtml)));
  }

  replyForm(article, parent, button) {
    button.disabled = true;
    const body = element('textarea', { rows: '2', 'aria-label': 'Reply (Markdown)' });
    const send = element('button', { type: 'submit', class: 'small primary' }, 'Send reply');
    const error = element('p', { class: 'error', role: 'alert' });
    const form = element('form', { class: 'reply' }, body, send, error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!body.value.trim()) return;
      try {
        this.upsert(await this.context.live.invoke(HubMethods.addComment, this.context.resolutionId, { parentId: parent.id, body: body.value }));
      } catch (failure) {
        error.textContent = errorMessage(failure);
      }
    });
    article.append(form);
    body.focus();
  }
}

/** Who reads a comment of this audience, in the words the compose box and the badge's title use. */
export function audienceSentence(visibility, organization) {
  switch (visibility) {
    case 'penholder': return `Read by ${organization} and the pen-holder; no other delegation sees it.`;
    case 'organization': return `Read by ${organization} only; the pen-holder does not see it (unless ${organization} holds the pen).`;
    default: return 'Read by everyone taking part in this resolution, and in files exported with comments.';
  }
}

/** The short badge of a private comment: "African Union only", "African Union and the pen-holder". */
function audienceBadge(comment) {
  const organization = comment.audience ?? comment.author.organization;
  return comment.visibility === 'penholder' ? `${organization} and the pen-holder` : `${organization} only`;
}
