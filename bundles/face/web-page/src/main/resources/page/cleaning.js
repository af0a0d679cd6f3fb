// What cleaning did to a document, from the API's kept runs: plain functions of the texts, no page in sight.
//
// A kept run [cleanedFrom, cleanedTo, originalFrom, originalTo] is text the cleaned text took unchanged from the
// original; offsets are code points. Everything of the original outside the runs was dropped, and everything of
// the cleaned text outside them was written by cleaning (a replaced character, a joined line's space).

/** Metadata values this short are found inside too much text by chance ("1" for page 1): they count only whole. */
const SHORTEST_FOUND_INSIDE = 2;

/**
 * The original text cut into kept and dropped pieces, each dropped one classified: "joined" (only whitespace between
 * kept text: a line break joined), "metadata" (it equals or contains a metadata value: keys says which), "replaced"
 * (cleaning wrote other text in its place: by says what) or "removed" (anything else).
 *
 * @param original the original text as an array of code points
 * @param kept the kept runs, in any order
 * @param metadata the document's metadata, key to value
 * @param cleaned the cleaned text as an array of code points
 * @returns [{from, to, kind, keys, by}] covering the whole original, in order
 */
export function originalPieces(original, kept, metadata, cleaned = []) {
  const runs = [...kept].sort((a, b) => a[2] - b[2]);
  const pieces = [];
  let at = 0;
  let cleanedAt = 0;
  const drop = (from, to, cleanedTo) => {
    if (to <= from) return;
    const written = cleanedTo > cleanedAt ? cleaned.slice(cleanedAt, cleanedTo).join('') : '';
    pieces.push({ from, to, ...classify(original.slice(from, to).join(''), metadata, written) });
  };
  for (const [cleanedFrom, cleanedTo, from, to] of runs) {
    if (from < at) continue; // overlapping runs cannot come from cleaning: the first one counts
    drop(at, from, cleanedFrom);
    if (to > from) pieces.push({ from, to, kind: 'kept', keys: [] });
    at = to;
    cleanedAt = cleanedTo;
  }
  drop(at, original.length, cleaned.length);
  return pieces;
}

/**
 * The cleaned text cut into kept pieces and pieces cleaning wrote ("inserted").
 *
 * @param length the cleaned text's length in code points
 * @returns [{from, to, kind, keys}] covering the whole cleaned text, in order
 */
export function cleanedPieces(length, kept) {
  const runs = [...kept].sort((a, b) => a[0] - b[0]);
  const pieces = [];
  let at = 0;
  for (const [from, to] of runs) {
    if (from < at) continue;
    if (from > at) pieces.push({ from: at, to: from, kind: 'inserted', keys: [] });
    if (to > from) pieces.push({ from, to, kind: 'kept', keys: [] });
    at = to;
  }
  if (length > at) pieces.push({ from: at, to: length, kind: 'inserted', keys: [] });
  return pieces;
}

/**
 * What a dropped piece of the original was, by its text and what cleaning wrote between the same kept runs.
 *
 * @param written the cleaned text between the kept runs around the piece ('' if none)
 */
export function classify(text, metadata, written = '') {
  if (/^\s*$/u.test(text)) return { kind: 'joined', keys: [], by: written };
  const keys = Object.entries(metadata || {}).filter(([, value]) => found(text, value)).map(([key]) => key);
  if (keys.length) return { kind: 'metadata', keys };
  if (written.trim()) return { kind: 'replaced', keys: [], by: written };
  return { kind: 'removed', keys: [] };
}

/** A value is in the text whole, or one of its parts is (reporters "王培源、赵宗锋" from "记者 王培源"). */
function found(text, value) {
  const whole = String(value ?? '').trim();
  if (!whole) return false;
  if (text.trim() === whole) return true;
  const parts = [whole, ...whole.split(/[\s,，、;；/]+/u)];
  return parts.some((part) => Array.from(part).length >= SHORTEST_FOUND_INSIDE && text.includes(part));
}

/**
 * Where a span of the cleaned text came from in the original, through the kept runs.
 *
 * @returns [originalFrom, originalTo], or null if either end lies in text cleaning wrote
 */
export function toOriginal(span, kept) {
  const start = kept.find(([from, to]) => span[0] >= from && span[0] < to);
  const end = kept.find(([from, to]) => span[1] > from && span[1] <= to);
  if (!start || !end) return null;
  return [start[2] + span[0] - start[0], end[2] + span[1] - end[0]];
}
