// Carrying unsent local text over a newer server version of the same clause. Typing changes one
// stretch of a clause at a time, so a single changed region per side is enough here; anything the
// client cannot place safely is left to the server's word-level merge (or its conflict).

/** The one stretch that differs between two texts: [start, end) of `before` replaced by `insert`. */
export function changedRegion(before, after) {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, insert: after.slice(start, after.length - tail) };
}

function apply(text, region) {
  return text.slice(0, region.start) + region.insert + text.slice(region.end);
}

/**
 * `local` and `incoming` both started from `base`: the text holding both changes, or null when they
 * touch the same stretch (then only the server may decide).
 */
export function rebase(base, local, incoming) {
  if (local === base || incoming === local) return incoming;
  if (incoming === base) return local;
  const mine = changedRegion(base, local);
  const theirs = changedRegion(base, incoming);
  // Apply the later stretch first so the earlier one's offsets still hold.
  if (mine.end < theirs.start) return apply(apply(base, theirs), mine);
  if (theirs.end < mine.start) return apply(apply(base, mine), theirs);
  return null;
}

/** Where a caret at `position` in `before` belongs in `after`. */
export function mapCaret(position, before, after) {
  const region = changedRegion(before, after);
  if (position <= region.start) return position;
  if (position >= region.end) return position + after.length - before.length;
  return region.start + region.insert.length;
}

/** The server's normalization (ClauseText.Normalize): white space runs become one space, trimmed. */
export function normalize(text) {
  return text.replace(/\s+/g, ' ').trim();
}
