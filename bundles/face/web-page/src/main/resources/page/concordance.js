import { api } from './api.js';
import { h, label, message } from './dom.js';
import { openDocument } from './document.js';

const PAGE_SIZE = 25;
const EXAMPLES = ['"发展"', '"经济" []{0,2} "发展"', '[word="中国|全国"] "人民"', '"聊城.*"'];

/** CQL query, KWIC lines aligned on the node, sorting and paging; a line opens its document at the hit. */
export function concordanceView(app) {
  const kwic = app.analyses.find((analysis) => analysis.name === 'kwic');
  const sorts = kwic?.parameters.find((p) => p.name === 'sort')?.choices ?? ['corpus'];
  const corpus = corpusSelect(app, 'kwic-corpus');
  const query = h('input', { id: 'cql', class: 'query', value: EXAMPLES[0], spellcheck: 'false' });
  const sort = h('select', { id: 'kwic-sort' }, sorts.map((s) => h('option', { value: s }, label('sort' + s))));
  const error = h('div', { id: 'kwic-error', class: 'inline-error', role: 'alert' });
  const count = h('span', { id: 'kwic-count' });
  const pageLabel = h('span', { id: 'kwic-page' });
  const previous = h('button', { id: 'kwic-prev', disabled: true, onclick: () => search(page - 1) }, label('previous'));
  const next = h('button', { id: 'kwic-next', disabled: true, onclick: () => search(page + 1) }, label('next'));
  const table = h('table', { id: 'kwic-table', class: 'kwic' });
  const examples = h('div', { class: 'examples' }, label('examples'), ': ',
    EXAMPLES.map((example) => h('button', { class: 'link example', type: 'button', onclick: () => { query.value = example; search(1); } }, example)));
  const form = h('form', { class: 'toolbar', id: 'kwic-form' }, h('label', {}, label('corpus'), ' ', corpus),
    h('label', { class: 'grow' }, label('query'), ' ', query), h('label', {}, label('sort'), ' ', sort),
    h('button', { id: 'kwic-run', type: 'submit' }, label('search')));
  let page = 1;
  form.addEventListener('submit', (event) => { event.preventDefault(); search(1); });
  sort.addEventListener('change', () => search(1));

  async function search(wanted) {
    error.replaceChildren();
    table.classList.add('busy');
    try {
      const result = await api.run(corpus.value, 'kwic', { query: query.value, sort: sort.value, page: wanted, page_size: PAGE_SIZE });
      page = wanted;
      render(result);
    } catch (failure) {
      // a 400 names what is wrong with the query: shown under the box, where it was typed
      message(error, failure.message, true);
      table.replaceChildren();
      count.replaceChildren();
    } finally {
      table.classList.remove('busy');
    }
  }

  function render(result) {
    const at = Object.fromEntries(result.columns.map((column, i) => [column.name, i]));
    const total = result.rows.length ? Number(result.rows[0][at.hits]) : 0;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    count.replaceChildren(label('hits', total));
    pageLabel.replaceChildren(label('page', page, pages));
    previous.disabled = page <= 1;
    next.disabled = page >= pages;
    const rows = result.rows.map((row) => h('tr', {
      class: 'kwic-line', tabindex: 0, title: row[at.document],
      dataset: { document: row[at.document], start: row[at.start], end: row[at.end] },
      onclick: () => openDocument(corpus.value, row[at.document], [Number(row[at.start]), Number(row[at.end])],
        [Number(row[at.original_start]), Number(row[at.original_end])]),
    }, h('td', { class: 'hit-number number' }, row[at.hit]),
      h('td', { class: 'left' }, h('div', {}, h('span', {}, row[at.left]))),
      h('td', { class: 'node' }, h('mark', {}, row[at.node])),
      h('td', { class: 'right' }, h('div', {}, row[at.right])),
      h('td', { class: 'doc' }, row[at.document])));
    table.replaceChildren(h('colgroup', {}, h('col', { class: 'c-hit' }), h('col', { class: 'c-left' }), h('col', { class: 'c-node' }),
      h('col', { class: 'c-right' }), h('col', { class: 'c-doc' })),
    h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, label('left')), h('th', {}, label('node')), h('th', {}, label('right')),
      h('th', {}, label('document')))), h('tbody', {}, rows));
  }

  return h('section', { id: 'view-concordance' }, form, examples, error,
    h('div', { class: 'toolbar' }, count, previous, pageLabel, next), h('div', { class: 'scroll' }, table));
}

/** A picker of the stored corpora, kept current when corpora come and go. */
export function corpusSelect(app, id) {
  const select = h('select', { id });
  const fill = () => {
    const chosen = select.value;
    select.replaceChildren(...app.corpora.map((c) => h('option', { value: c.name }, c.name)));
    if (app.corpora.some((c) => c.name === chosen)) select.value = chosen;
  };
  app.onCorpora.push(fill);
  fill();
  return select;
}
