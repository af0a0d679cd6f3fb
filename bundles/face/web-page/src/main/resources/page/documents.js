import { api } from './api.js';
import { corpusSelect } from './concordance.js';
import { h, label, message } from './dom.js';
import { metadataLabel, openDocument, orderedKeys } from './document.js';

const PAGE_SIZE = 20;
const EXAMPLES = ['date>=2023-03-01', 'page=1', 'reporters~赵宗锋', 'date>=2023-03-01 & page=1'];
/** Longer metadata (page furniture, a whole dateline) is cut in the table; the reader view shows it whole. */
const LONGEST_CELL = 40;

/**
 * A corpus's documents a page at a time, with the metadata their pages have, narrowed by a selection expression
 * (the API's language: "date>=2023-03-01 & page=1", "@subcorpus"); a wrong expression's error shows under the box.
 * A click on a document opens the reader view.
 */
export function documentsView(app) {
  const corpus = corpusSelect(app, 'documents-corpus');
  const selection = h('input', { id: 'documents-filter', class: 'query', spellcheck: 'false', placeholder: EXAMPLES[3] });
  const error = h('div', { id: 'documents-error', class: 'inline-error', role: 'alert' });
  const count = h('span', { id: 'documents-count' });
  const pageLabel = h('span', { id: 'documents-page' });
  const previous = h('button', { type: 'button', id: 'documents-prev', disabled: true, onclick: () => load(offset - PAGE_SIZE) },
    label('previous'));
  const next = h('button', { type: 'button', id: 'documents-next', disabled: true, onclick: () => load(offset + PAGE_SIZE) },
    label('next'));
  const table = h('table', { id: 'documents-table', class: 'grid documents' });
  const examples = h('div', { class: 'examples', id: 'documents-examples' });
  const form = h('form', { class: 'toolbar', id: 'documents-form' }, h('label', {}, label('corpus'), ' ', corpus),
    h('label', { class: 'grow' }, label('selection'), ' ', selection),
    h('button', { type: 'submit', id: 'documents-apply' }, label('filter')),
    h('button', { type: 'button', id: 'documents-clear', onclick: () => { selection.value = ''; load(0); } }, label('clearFilter')));
  const view = h('section', { id: 'view-documents' }, form, examples, error,
    h('div', { class: 'toolbar' }, count, previous, pageLabel, next), h('div', { class: 'scroll' }, table));
  let offset = 0;
  let loaded = null;
  let asked = 0;

  form.addEventListener('submit', (event) => { event.preventDefault(); load(0); });
  corpus.addEventListener('change', () => { selection.value = ''; load(0); showExamples(); });
  view.addEventListener('show', () => {
    if (loaded !== corpus.value) {
      load(0);
      showExamples();
    }
  });

  async function load(wanted) {
    const ask = ++asked;
    const name = corpus.value;
    if (!name) return;
    error.replaceChildren();
    table.classList.add('busy');
    try {
      const page = await api.documents(name, { offset: Math.max(0, wanted), limit: PAGE_SIZE, selection: selection.value.trim() });
      if (ask !== asked) return; // a later request has been made since: its answer counts
      offset = page.offset;
      loaded = name;
      render(name, page);
    } catch (failure) {
      if (ask !== asked) return;
      // a 400 names what is wrong with the expression: shown under the box, where it was typed
      message(error, failure.message, true);
      table.replaceChildren();
      count.replaceChildren();
      pageLabel.replaceChildren();
      previous.disabled = next.disabled = true;
    } finally {
      table.classList.remove('busy');
    }
  }

  function render(name, page) {
    const keys = orderedKeys(page.documents.flatMap((d) => Object.keys(d.metadata || {})));
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    count.replaceChildren(label('documentCount', page.total));
    pageLabel.replaceChildren(label('page', Math.floor(page.offset / PAGE_SIZE) + 1, pages));
    previous.disabled = page.offset <= 0;
    next.disabled = page.offset + PAGE_SIZE >= page.total;
    const head = h('tr', {}, h('th', { class: 'number' }, '#'), keys.map((key) => h('th', { dataset: { key } }, metadataLabel(key))),
      h('th', { class: 'number' }, label('tokens')), h('th', {}, label('documentId')));
    const rows = page.documents.map((d) => h('tr', {
      class: 'document-row', tabindex: 0, dataset: { id: d.id },
      onclick: () => openDocument(name, d.id),
      onkeydown: (event) => event.key === 'Enter' && openDocument(name, d.id),
    }, h('td', { class: 'number' }, d.index + 1), keys.map((key) => metadataCell(key, d.metadata?.[key] ?? '')),
    h('td', { class: 'number' }, d.tokens), h('td', { class: 'doc' }, d.id)));
    table.replaceChildren(h('thead', {}, head), h('tbody', {}, rows.length ? rows
      : h('tr', {}, h('td', { colspan: keys.length + 3 }, label('noDocuments')))));
  }

  /** Examples of the expression language, and the corpus's subcorpora as @name, each a click away. */
  async function showExamples() {
    const name = corpus.value;
    const example = (text) => h('button', { type: 'button', class: 'link example', onclick: () => { selection.value = text; load(0); } }, text);
    examples.replaceChildren(label('examples'), ': ', ...EXAMPLES.flatMap((text, i) => (i ? [' ', example(text)] : [example(text)])));
    try {
      const subcorpora = await api.subcorpora(name);
      if (name === corpus.value && subcorpora.length) {
        examples.append(' · ', label('subcorpora'), ': ', ...subcorpora.flatMap((s) => [' ', example('@' + s.name)]));
      }
    } catch (ignored) { /* no subcorpora to offer */ }
  }

  return view;
}

function metadataCell(key, value) {
  const characters = Array.from(value);
  const cut = characters.length > LONGEST_CELL;
  return h('td', { class: 'meta-' + key, title: cut ? value : null }, cut ? characters.slice(0, LONGEST_CELL).join('') + '…' : value);
}
