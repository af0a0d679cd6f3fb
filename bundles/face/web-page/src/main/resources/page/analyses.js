import { api } from './api.js';
import { corpusSelect } from './concordance.js';
import { h, label, message } from './dom.js';
import { chartPanel } from './chart-panel.js';
import { isNumeric } from './charts.js';

const ROWS_PER_PAGE = 50;

/** Every installed analysis, a form from its declared parameters, the result as a sortable paged table, downloads. */
export function analysesView(app) {
  const corpus = corpusSelect(app, 'analysis-corpus');
  const picker = h('select', { id: 'analysis-select' },
    app.analyses.map((a) => h('option', { value: a.name }, `${a.title} (${a.name})`)));
  const description = h('div', { class: 'description' });
  const fields = h('div', { id: 'analysis-form', class: 'fields' });
  const links = h('div', { class: 'toolbar downloads' });
  const status = h('div', { id: 'analysis-status', role: 'alert' });
  const chart = chartPanel('analysis');
  const result = h('div', { id: 'analysis-result' });
  const form = h('form', { class: 'analysis' }, h('div', { class: 'toolbar' }, h('label', {}, label('analysis'), ' ', picker),
    h('label', {}, label('corpus'), ' ', corpus), h('button', { id: 'analysis-run', type: 'submit' }, label('run'))),
  description, fields);
  let inputs = [];

  function buildForm() {
    const analysis = selected();
    // a description may be a long paragraph of formulas: its first sentence shows, the rest on demand
    const [first, ...rest] = analysis.description.split(/(?<=\.) (?=[A-Z(])/);
    description.replaceChildren(rest.length ? h('details', {}, h('summary', {}, first), rest.join(' ')) : first);
    inputs = analysis.parameters.map((spec) => [spec, input(spec, app)]);
    fields.replaceChildren(...inputs.map(([spec, element]) => h('label', { title: spec.description, class: 'field' },
      h('span', { class: 'name' }, spec.name + (isRequired(spec) ? ' *' : '')), element)));
    links.replaceChildren();
    result.replaceChildren();
    chart.clear();
  }

  const selected = () => app.analyses.find((a) => a.name === picker.value);
  const values = () => Object.fromEntries(inputs.map(([spec, element]) => [spec.name,
    element.type === 'checkbox' ? String(element.checked) : element.value]).filter(([, value]) => value !== ''));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = picker.value;
    const params = values();
    message(status, '…');
    links.replaceChildren(label('download'), ': ', ...['csv', 'json'].map((format) => h('a', {
      id: 'download-' + format, href: api.analysisUrl(corpus.value, name, params, format), download: '',
    }, format.toUpperCase())));
    try {
      const table = await api.run(corpus.value, name, params);
      message(status, '');
      result.replaceChildren(pagedTable(table));
      // the chart follows the parameters of this run: a measure chosen in the form is the one drawn
      await chart.show(name, table, { ...defaults(selected()), ...params });
    } catch (error) {
      message(status, error.message, true);
      result.replaceChildren();
      chart.clear();
    }
  });
  picker.addEventListener('change', buildForm);
  const installed = () => app.analyses.map((a) => `${a.name}@${a.version ?? ''}`).join(' ');
  let listed = installed();
  app.onAnalyses.push(() => {
    // the list comes again each time the tab opens: the options are only replaced when it changed, so a choice
    // being made meanwhile is not lost
    if (installed() === listed) return;
    listed = installed();
    const chosen = picker.value;
    picker.replaceChildren(...app.analyses.map((a) => h('option', { value: a.name }, `${a.title} (${a.name})`)));
    if (app.analyses.some((a) => a.name === chosen)) picker.value = chosen;
    else buildForm();
  });
  buildForm();
  return h('section', { id: 'view-analyses' }, form, status, links, chart.element, result);
}

/** The declared defaults of an analysis's parameters, by name. */
function defaults(analysis) {
  return Object.fromEntries(analysis.parameters.filter((p) => p.defaultValue !== null).map((p) => [p.name, p.defaultValue]));
}

const isRequired = (spec) => spec.required ?? spec.defaultValue === null;

/** An input for a declared parameter: its type (the API writes types in either case), default, bounds and choices. */
function input(spec, app) {
  const type = String(spec.type).toUpperCase();
  const common = { name: spec.name, required: isRequired(spec), 'data-type': type };
  switch (type) {
    case 'INTEGER':
    case 'DECIMAL':
      return h('input', { ...common, type: 'number', value: spec.defaultValue ?? '', min: spec.min ?? null, max: spec.max ?? null,
        step: type === 'INTEGER' ? 1 : 'any' });
    case 'BOOLEAN':
      return h('input', { ...common, type: 'checkbox', checked: spec.defaultValue === 'true' });
    case 'CORPUS':
      return h('select', common, h('option', { value: '' }, ''), app.corpora.map((c) => h('option', { value: c.name }, c.name)));
    default:
      if (spec.choices && spec.choices.length) {
        const select = h('select', common, spec.choices.map((c) => h('option', { value: c }, c)));
        if (spec.defaultValue !== null) select.value = spec.defaultValue;
        return select;
      }
      return h('input', { ...common, type: 'text', value: spec.defaultValue ?? '', class: type === 'QUERY' ? 'query' : null,
        placeholder: type === 'QUERY' ? '"发展"' : null });
  }
}

const DECIMALS = new Intl.NumberFormat('en', { maximumFractionDigits: 4, useGrouping: false });
/** A decimal to 4 places in the table (the downloads and the cell's tooltip keep every digit); NaN as it is. */
const shown = (value) => (Number.isFinite(Number(value)) ? DECIMALS.format(Number(value)) : String(value));

/** The rows of a result, a page at a time; a click on a column heading sorts by it (again: the other way). */
export function pagedTable(result, id = 'analysis-table') {
  const rows = result.rows.slice();
  const numeric = result.columns.map(isNumeric);
  const decimal = result.columns.map((c) => String(c.type).toLowerCase() === 'decimal');
  let page = 0;
  let sortColumn = -1;
  let ascending = true;
  const table = h('table', { id, class: 'grid' });
  const pager = h('div', { class: 'toolbar' });

  function render() {
    const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
    const head = h('tr', {}, result.columns.map((column, i) => h('th', {
      class: 'sortable' + (numeric[i] ? ' number' : '') + (i === sortColumn ? (ascending ? ' asc' : ' desc') : ''),
      onclick: () => sortBy(i),
    }, column.name)));
    const body = rows.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE).map((row) => h('tr', {},
      row.map((value, i) => h('td', { class: numeric[i] ? 'number' : null, title: decimal[i] ? value : null },
        value === null ? '' : decimal[i] ? shown(value) : value))));
    table.replaceChildren(h('thead', {}, head), h('tbody', {}, body));
    pager.replaceChildren(label('rows', rows.length),
      h('button', { type: 'button', disabled: page === 0, onclick: () => { page--; render(); } }, label('previous')),
      label('page', page + 1, pages),
      h('button', { type: 'button', disabled: page >= pages - 1, onclick: () => { page++; render(); } }, label('next')));
  }

  function sortBy(column) {
    ascending = column === sortColumn ? !ascending : !numeric[column];
    sortColumn = column;
    const sign = ascending ? 1 : -1;
    rows.sort((a, b) => sign * (numeric[column] ? Number(a[column]) - Number(b[column])
      : String(a[column]).localeCompare(String(b[column]), 'zh')));
    page = 0;
    render();
  }

  render();
  return h('div', {}, pager, h('div', { class: 'scroll' }, table));
}
