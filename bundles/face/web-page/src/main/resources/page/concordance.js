import { api } from './api.js';
import { h, label, message } from './dom.js';
import { openDocument } from './document.js';
import { pagedTable } from './analyses.js';
import { chartPanel } from './chart-panel.js';

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
  let searched = {};
  const views = [breakdownView(), dispersionView()];
  form.addEventListener('submit', (event) => { event.preventDefault(); search(1); });
  sort.addEventListener('change', () => search(1));

  async function search(wanted) {
    error.replaceChildren();
    table.classList.add('busy');
    try {
      const result = await api.run(corpus.value, 'kwic', { query: query.value, sort: sort.value, page: wanted, page_size: PAGE_SIZE });
      page = wanted;
      render(result);
      if (searched.query !== query.value || searched.corpus !== corpus.value) {
        searched = { query: query.value, corpus: corpus.value };
        views.forEach((view) => view.refresh(searched));
      }
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
    h('div', { class: 'toolbar' }, count, previous, pageLabel, next), h('div', { class: 'scroll' }, table),
    ...views.map((view) => view.element));
}

/**
 * A panel below the lines that runs an analysis of the query last searched when it is opened, and again when
 * another query is searched or its own settings change while it is open.
 */
function queryPanel(id, title, settings, run) {
  const status = h('div', { id: id + '-status' });
  const body = h('div', { class: 'query-panel-body' });
  const element = h('details', { id, class: 'query-panel' }, h('summary', {}, label(title)),
    h('div', { class: 'toolbar' }, settings), status, body);
  let searched = {};
  async function update() {
    if (!element.open || !searched.query) return;
    message(status, '…');
    try {
      await run(searched, body);
      message(status, '');
    } catch (error) {
      message(status, error.message, true);
      body.replaceChildren();
    }
  }
  element.addEventListener('toggle', update);
  settings.forEach((setting) => setting.addEventListener('change', update));
  return { element, refresh: (query) => { searched = query; update(); } };
}

/** CQPweb's frequency breakdown of the hits, by word form or by a metadata key: a table and a chart. */
function breakdownView() {
  const group = h('select', { id: 'breakdown-group' }, ['form', 'metadata'].map((g) => h('option', { value: g }, label('group_' + g))));
  const key = h('input', { id: 'breakdown-key', value: 'date', size: 10, placeholder: 'date', disabled: true });
  group.addEventListener('change', () => { key.disabled = group.value !== 'metadata'; });
  const chart = chartPanel('breakdown');
  return queryPanel('kwic-breakdown', 'breakdown',
    [h('label', {}, label('groupBy'), ' ', group), h('label', {}, label('metadataKey'), ' ', key)], async (searched, body) => {
      const params = { query: searched.query, group: group.value, key: group.value === 'metadata' ? key.value : '' };
      const table = await api.run(searched.corpus, 'query-frequency', params);
      body.replaceChildren(chart.element, pagedTable(table, 'breakdown-table'));
      await chart.show('query-frequency', table, params);
    });
}

/** Where the hits fall: per document (AntConc's Concordance Plot) or along the whole corpus in equal slices. */
function dispersionView() {
  const unit = h('select', { id: 'dispersion-unit' }, h('option', { value: 'dispersion-plot' }, label('perDocument')),
    h('option', { value: 'dispersion-slices' }, label('equalSlices')));
  const slices = h('input', { id: 'dispersion-slices', type: 'number', min: 1, max: 1000, value: 50, disabled: true });
  unit.addEventListener('change', () => { slices.disabled = unit.value !== 'dispersion-slices'; });
  const chart = chartPanel('dispersion');
  return queryPanel('kwic-dispersion', 'dispersion',
    [h('label', {}, label('dispersionUnit'), ' ', unit), h('label', {}, label('slices'), ' ', slices)], async (searched, body) => {
      const params = { query: searched.query, ...(unit.value === 'dispersion-slices' ? { slices: slices.value } : {}) };
      const table = await api.run(searched.corpus, unit.value, params);
      body.replaceChildren(chart.element, h('details', { class: 'plot-table' }, h('summary', {}, label('table')),
        pagedTable(table, 'dispersion-table')));
      await chart.show(unit.value, table, params);
    });
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
