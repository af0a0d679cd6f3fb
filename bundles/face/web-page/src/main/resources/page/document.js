import { api } from './api.js';
import { cleanedPieces, originalPieces, toOriginal } from './cleaning.js';
import { h, label, message } from './dom.js';
import { t } from './i18n.js';

/** A label for a metadata key: translated when it is a known one, else the key as stored. */
export function metadataLabel(key) {
  const known = 'meta_' + key.replace(/\W/g, '_');
  return t(known) === known ? key : label(known);
}

/** Metadata shown first when a document has it; any other key follows in the order the document gives. */
const PREFERRED = ['headline', 'subheadline', 'reporters', 'date', 'page', 'dateline'];

/** Metadata keys in the order a reader looks for them: headline, reporters, date, page, then the others. */
export function orderedKeys(keys) {
  const all = [...new Set(keys)];
  return [...PREFERRED.filter((key) => all.includes(key)), ...all.filter((key) => !PREFERRED.includes(key))];
}

/** The marks of the reader view, in the legend's order: the class each piece gets and the label that explains it. */
const KINDS = ['joined', 'metadata', 'replaced', 'removed', 'inserted'];

/**
 * The reader view, in a panel over the page: metadata, then the cleaned text beside the original with the cleaning
 * visible. In the original, what cleaning dropped is marked by kind (a line break joined, text moved to metadata,
 * naming the key, text removed); in the cleaned text, what cleaning wrote. A hit is marked in both texts and
 * scrolled into view. Offsets are code points, as the API gives them, so texts are cut as code points, not UTF-16
 * units (CJK Extension B characters are two units).
 *
 * @param hit [start, end) in the cleaned text, or null
 * @param original [start, end) in the original text, or null to find it through the kept runs
 */
export async function openDocument(corpus, id, hit, original) {
  document.getElementById('document-view')?.remove();
  const body = h('div', { class: 'document-body' });
  const close = () => {
    panel.remove();
    document.removeEventListener('keydown', onKey);
  };
  const onKey = (event) => event.key === 'Escape' && close();
  const panel = h('div', { id: 'document-view', class: 'overlay corpus-reader', role: 'dialog', 'aria-modal': 'true',
    onclick: (event) => event.target === panel && close() },
  h('div', { class: 'panel' },
    h('header', {}, h('strong', {}, label('document'), ': ', id, ' ', h('span', { class: 'corpus-of' }, '(', corpus, ')')),
      h('button', { id: 'document-close', type: 'button', onclick: close }, label('close'))),
    body));
  document.addEventListener('keydown', onKey);
  document.body.append(panel);
  message(body, '…');
  try {
    const doc = await api.document(corpus, id);
    const kept = Array.isArray(doc.kept) ? doc.kept : null;
    const cleaned = Array.from(doc.cleanedText);
    const originalText = Array.from(doc.originalText);
    const originalHit = original ?? (hit && kept ? toOriginal(hit, kept) : null);
    const onCleaned = kept ? cleanedPieces(cleaned.length, kept) : null;
    const onOriginal = kept ? originalPieces(originalText, kept, doc.metadata, cleaned) : null;
    const cleanedPane = pane('document-text', cleaned, onCleaned, hit, 'hit');
    const originalPane = pane('document-original', originalText, onOriginal, originalHit, 'original-hit');
    body.replaceChildren(metadataTable(doc), legend(kept ? [...onOriginal, ...onCleaned] : null),
      h('div', { class: 'texts' },
        h('div', { class: 'text-column' }, h('h3', {}, label('cleanedText')), cleanedPane),
        h('div', { class: 'text-column' }, h('h3', {}, label('originalText')), originalPane)));
    // each text scrolls on its own: both hits can be in view at once, whatever cleaning removed before them
    centre(cleanedPane, 'hit');
    centre(originalPane, 'original-hit');
    document.getElementById('hit')?.scrollIntoView({ block: 'nearest' });
  } catch (error) {
    message(body, error.message, true);
  }
}

function metadataTable(doc) {
  const rows = orderedKeys(Object.keys(doc.metadata || {})).map((key) => h('tr', { dataset: { key } },
    h('th', {}, metadataLabel(key)), h('td', {}, doc.metadata[key])));
  rows.push(h('tr', {}, h('th', {}, label('source')), h('td', {}, doc.sourceId)),
    h('tr', {}, h('th', {}, label('tokens')), h('td', {}, doc.tokens)));
  return h('table', { id: 'document-metadata', class: 'grid metadata' }, h('caption', {}, label('metadata')), h('tbody', {}, rows));
}

/** What each mark means, and how many of each this document has (none of a kind: the kind is shown faded). */
function legend(pieces) {
  if (!pieces) return h('p', { id: 'document-legend', class: 'legend' }, label('noKept'));
  const count = (kind) => pieces.filter((piece) => piece.kind === kind).length;
  return h('p', { id: 'document-legend', class: 'legend' }, h('strong', {}, label('legend')),
    KINDS.map((kind) => h('span', { class: 'cut ' + kind + (count(kind) ? '' : ' none'), 'data-count': count(kind),
      dataset: kind === 'metadata' ? { key: t('legendKey') } : {} }, label('legend_' + kind), ` ${count(kind)}`)),
    h('mark', {}, label('legend_hit')));
}

/** A text with its pieces marked by kind, and the span in a <mark> (its pieces' marks inside it). */
function pane(id, characters, pieces, span, markId) {
  const element = h('div', { id, class: 'text', tabindex: 0 });
  const all = pieces ?? [{ from: 0, to: characters.length, kind: 'kept', keys: [] }];
  const render = (from, to) => all.filter((p) => p.to > from && p.from < to).map((p) => piece(characters, p,
    Math.max(from, p.from), Math.min(to, p.to)));
  if (span && span[0] >= 0 && span[1] >= span[0] && span[1] <= characters.length) {
    element.append(...render(0, span[0]), h('mark', { id: markId }, render(span[0], span[1])), ...render(span[1], characters.length));
  } else {
    element.append(...render(0, characters.length));
  }
  return element;
}

function piece(characters, { kind, keys, by }, from, to) {
  const text = characters.slice(from, to).join('');
  if (kind === 'kept') return text;
  const title = { metadata: () => t('movedTo', keys.join(', ')), replaced: () => t('replacedBy', by) }[kind] ?? (() => t('legend_' + kind));
  return h('span', { class: 'cut ' + kind, title: title(), dataset: kind === 'metadata' ? { key: keys.join(', ') } : {} }, text);
}

/** Scrolls a pane so that its mark is in the middle. */
function centre(scroller, markId) {
  const mark = scroller.querySelector('#' + markId);
  if (!mark) return;
  const offset = mark.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  scroller.scrollTop = Math.max(0, offset - scroller.clientHeight / 2);
}
