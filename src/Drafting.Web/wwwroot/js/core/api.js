// Small helpers over the public REST contract; the cookie carries the session.

/** The header the server requires on every cookie-carried change: a cross-site form cannot send it. */
export const sameOriginHeaders = Object.freeze({ 'X-Requested-With': 'XMLHttpRequest' });

export async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', ...options, headers: { ...sameOriginHeaders, ...(options.headers ?? {}) } });
  if (response.status === 401) {
    location.assign(`/sign-in?returnUrl=${encodeURIComponent(location.pathname)}`);
    throw new Error('Signed out');
  }
  if (!response.ok) {
    let problem = { title: response.statusText, detail: '' };
    try { problem = await response.json(); } catch { /* not JSON */ }
    const error = new Error(problem.detail || problem.title || `HTTP ${response.status}`);
    error.problem = problem;
    throw error;
  }
  const type = response.headers.get('content-type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** Every page of a list: follows the server's Link rel="next" until the last page. */
export async function apiAll(path) {
  const items = [];
  let next = path;
  while (next) {
    const response = await fetch(next, { credentials: 'same-origin', headers: sameOriginHeaders });
    if (!response.ok) return api(next); // the same errors and sign-in redirect as a single call
    items.push(...await response.json());
    next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return items;
}

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== undefined && child !== null) node.append(child);
  }
  return node;
}

/** The nodes that are there: replaceChildren and append would print a null as "null". */
export function present(...nodes) {
  return nodes.filter((node) => node !== null && node !== undefined);
}

export async function signOut() {
  await fetch('/api/auth/sign-out', { method: 'POST', credentials: 'same-origin', headers: sameOriginHeaders });
  location.assign('/sign-in');
}
