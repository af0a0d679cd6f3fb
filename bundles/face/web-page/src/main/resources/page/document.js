import { api } from './api.js';
import { h, label, message } from './dom.js';

/**
 * One document in a panel over the page: metadata, and the cleaned text with the hit marked and
 * scrolled into view. Offsets are code points of the cleaned text, as the concordance gives them,
 * so the text is cut as code points, not UTF-16 units (CJK Extension B characters are two units).
 */
export async function openDocument(corpus, id, start, end) {
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
    const characters = Array.from(doc.cleanedText);
    const text = h('div', { id: 'document-text', class: 'text' });
    if (start >= 0 && end >= start) {
      text.append(characters.slice(0, start).join(''), h('mark', { id: 'hit' }, characters.slice(start, end).join('')),
        characters.slice(end).join(''));
    } else {
      text.append(doc.cleanedText);
    }
    body.replaceChildren(h('table', { class: 'grid metadata' }, h('caption', {}, label('metadata')), metadata),
      h('h3', {}, label('cleanedText')), text);
    document.getElementById('hit')?.scrollIntoView({ block: 'center' });
  } catch (error) {
    message(body, error.message, true);
  }
}
