import { api } from './api.js';
import { h, label, message } from './dom.js';

/**
 * One document in a panel over the page: metadata, the cleaned text with the hit marked and
 * scrolled into view, and beside it the original text with the span the hit came from marked, so
 * what cleaning changed around it shows. Offsets are code points, as the concordance gives them, so
 * the texts are cut as code points, not UTF-16 units (CJK Extension B characters are two units).
 *
 * @param hit [start, end) in the cleaned text, or null
 * @param original [start, end) in the original text, or null
 */
export async function openDocument(corpus, id, hit, original) {
  document.getElementById('document-view')?.remove();
  const body = h('div', { class: 'document-body' });
  const panel = h('div', { id: 'document-view', class: 'overlay', role: 'dialog' },
    h('div', { class: 'panel' },
      h('header', {}, h('strong', {}, label('document'), ': ', id),
        h('button', { id: 'document-close', onclick: () => panel.remove() }, label('close'))),
      body));
  document.body.append(panel);
  try {
    const doc = await api.document(corpus, id);
    const metadata = Object.entries(doc.metadata || {}).map(([key, value]) => h('tr', {}, h('th', {}, key), h('td', {}, value)));
    body.replaceChildren(h('table', { class: 'grid metadata' }, h('caption', {}, label('metadata')), metadata),
      h('div', { class: 'texts' },
        h('div', {}, h('h3', {}, label('cleanedText')), marked(doc.cleanedText, hit, 'document-text', 'hit')),
        h('div', {}, h('h3', {}, label('originalText')), marked(doc.originalText, original, 'document-original', 'original-hit'))));
    document.getElementById('hit')?.scrollIntoView({ block: 'center' });
  } catch (error) {
    message(body, error.message, true);
  }
}

function marked(text, span, id, markId) {
  const element = h('div', { id, class: 'text' });
  const characters = Array.from(text);
  if (span && span[0] >= 0 && span[1] >= span[0] && span[1] <= characters.length) {
    element.append(characters.slice(0, span[0]).join(''), h('mark', { id: markId }, characters.slice(span[0], span[1]).join('')),
      characters.slice(span[1]).join(''));
  } else {
    element.append(text);
  }
  return element;
}
