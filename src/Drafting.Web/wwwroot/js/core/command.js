import { api } from './api.js';
import { errorMessage } from './contract.js';

// The page's one way to change something on the server over REST. Every write carries an operation id, so a resend
// after a dropped answer is applied at most once, and every refusal (a ProblemDetails answer) is handled alike:
// shown to the user — in the banner, or where the caller shows it — and thrown, never swallowed.

/** A client-chosen operation id: the server applies each at most once, so a resend after a drop is safe. */
export function newOpId() {
  return crypto.randomUUID();
}

/** Whether a body is a JSON object the opId can ride in (a list, a file or no body carries it in the query). */
const carriesOpId = (body) => body !== null && typeof body === 'object' && !Array.isArray(body) && !(body instanceof Blob);

/**
 * The `command` of a page: `command(path, { method = 'POST', body, quiet })` sends `body` as JSON (a Blob as it is)
 * with a fresh opId and returns the server's answer. On a refusal the error thrown carries `problem` (the
 * ProblemDetails, with its `code`); unless `quiet` (the caller shows it in place, e.g. on a card) it is also told
 * through `notify`, so no refused write passes in silence.
 * @param {{notify:(message:string)=>void}} options
 */
export function createCommand({ notify }) {
  return async function command(path, { method = 'POST', body, quiet = false, contentType, opId = newOpId() } = {}) {
    const json = body !== undefined && !(body instanceof Blob);
    const target = carriesOpId(body) ? path : `${path}${path.includes('?') ? '&' : '?'}opId=${encodeURIComponent(opId)}`;
    try {
      return await api(target, {
        method,
        headers: body === undefined ? undefined : { 'Content-Type': contentType ?? (json ? 'application/json' : body.type) },
        body: body === undefined ? undefined : json ? JSON.stringify(carriesOpId(body) ? { ...body, opId } : body) : body,
      });
    } catch (failure) {
      // fetch itself failing means nothing reached the server: say so rather than a browser's "Failed to fetch".
      const refusal = !(failure instanceof TypeError) ? failure : Object.assign(new Error('Not sent: the server could not be reached. Try again once the connection is back.'), { cause: failure });
      if (!quiet) notify(errorMessage(refusal));
      throw refusal;
    }
  };
}
