import { element } from './api.js';

// The side panels as tabs: one bar, one click to any panel whatever the scroll position of the text. "All" shows
// every panel stacked (the page as it was); a tab shows its panel alone. On a narrow screen the bar is fixed at the
// bottom and a tab opens its panel over the text (one tap), "Text" closes it, so no panel is behind the whole text.

/** Short tab names; the panel's aria-label otherwise. */
const names = {
  notifications: 'Needs you', silence: 'Silence', proposals: 'Proposals', 'word-review': 'Word review', comments: 'Comments',
  history: 'History', lint: 'Checks', 'agreed-language': 'Agreed language', stages: 'Stage', revisions: 'Revisions',
  export: 'Export', participants: 'Participants',
};

export class PanelTabs {
  /** @param {HTMLElement} side the aside holding the panels (sections with ids) */
  constructor(side) {
    this.side = side;
    this.panels = [...side.querySelectorAll(':scope > section.panel')];
    this.tabs = new Map();
    this.bar = element('nav', { class: 'panel-tabs', 'aria-label': 'Panels' });
    const text = element('button', { type: 'button', class: 'tab text-tab', 'data-tab': 'text' }, 'Text');
    text.addEventListener('click', () => this.closeDrawer());
    const all = this.tab('all', 'All');
    this.bar.append(text, all);
    for (const panel of this.panels) {
      panel.setAttribute('role', 'region');
      this.bar.append(this.tab(panel.id, names[panel.id] ?? panel.getAttribute('aria-label') ?? panel.id));
    }
    side.prepend(this.bar);
    // A panel a role does not get stays hidden, and so does its tab.
    const observer = new MutationObserver(() => this.syncHidden());
    for (const panel of this.panels) observer.observe(panel, { attributes: true, attributeFilter: ['hidden'] });
    this.syncHidden();
    this.select('all', { open: false });
  }

  tab(id, name) {
    const button = element('button', { type: 'button', class: 'tab', 'data-tab': id, 'aria-pressed': 'false' }, name);
    button.addEventListener('click', () => this.select(id));
    this.tabs.set(id, button);
    return button;
  }

  syncHidden() {
    for (const panel of this.panels) this.tabs.get(panel.id).hidden = panel.hidden;
  }

  /** Shows one panel (or all) and, on a narrow screen, opens the panels over the text. */
  select(id, { open = true } = {}) {
    this.current = id;
    for (const [tabId, button] of this.tabs) button.setAttribute('aria-pressed', String(tabId === id));
    for (const panel of this.panels) panel.classList.toggle('tab-off', id !== 'all' && panel.id !== id);
    this.side.dataset.tab = id;
    this.side.scrollTop = 0;
    if (open) document.body.dataset.drawer = 'open';
  }

  closeDrawer() {
    delete document.body.dataset.drawer;
  }

  /** A count beside a tab's name ("Needs you 2"); nothing when zero. */
  setCount(id, count) {
    const button = this.tabs.get(id);
    if (!button) return;
    button.querySelector('.tab-count')?.remove();
    if (count > 0) button.append(element('span', { class: 'tab-count', 'aria-label': `${count} unread` }, String(count)));
  }
}
