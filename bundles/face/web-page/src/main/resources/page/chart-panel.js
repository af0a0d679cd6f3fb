import { h, label, message } from './dom.js';
import { barChart, clear, dispersionPlot, divergingBars, isNumeric, lineChart, networkGraph, slicesPlot,
  wordCloud } from './charts.js';

/**
 * Which charts an analysis's result can be drawn as (the first is drawn first) and from which columns. A measure
 * given as a parameter name (measureParameter) is the one the form chose, e.g. collocates' and keywords' sort, so the
 * chart follows the form. Analyses not listed here show their table only.
 */
const CHARTS = {
  frequency: { kinds: ['bar', 'cloud'], label: 'word', measure: 'count' },
  charfreq: { kinds: ['bar', 'cloud'], label: 'character', measure: 'count' },
  ngrams: { kinds: ['bar', 'cloud'], label: 'ngram', measure: 'count' },
  'query-frequency': { kinds: ['bar', 'cloud'], label: 'value', measure: 'count' },
  trend: { kinds: ['line'], x: 'value', series: 'word', measure: 'per_million' },
  collocates: { kinds: ['network', 'bar'], label: 'collocate', measureParameter: 'sort', measure: 'log_likelihood' },
  keywords: { kinds: ['diverging'], label: 'word', measureParameter: 'sort', measure: 'log_likelihood_4term' },
  'dispersion-plot': { kinds: ['dispersion'] },
  'dispersion-slices': { kinds: ['slices'] },
};

const DRAW = {
  bar: (element, table, spec, measure) => barChart(element, table, spec.label, measure),
  cloud: (element, table, spec, measure) => wordCloud(element, table, spec.label, measure),
  line: (element, table, spec, measure) => lineChart(element, table, spec.x, spec.series, measure),
  network: (element, table, spec, measure, params) => networkGraph(element, table, params.query || '', spec.label, measure),
  diverging: (element, table, spec, measure) => divergingBars(element, table, spec.label, measure, 'target_per_million',
    'reference_per_million'),
  dispersion: (element, table) => dispersionPlot(element, table),
  slices: (element, table) => slicesPlot(element, table),
};

/** Whether an analysis's result has a chart. */
export const hasChart = (analysis) => Boolean(CHARTS[analysis]);

/**
 * A chart with its controls (ids start with the prefix): buttons switching between the kinds an analysis offers
 * (#prefix-chart-kind-cloud ...) and the measure drawn (#prefix-chart-measure); the chart itself is #prefix-chart,
 * its data-kind the kind drawn. A chart that cannot be drawn says why in place; the table stays.
 */
export function chartPanel(prefix) {
  const chart = h('div', { id: prefix + '-chart', class: 'chart', hidden: true });
  const kinds = h('span', { class: 'chart-kinds', role: 'group' });
  const measure = h('select', { id: prefix + '-chart-measure' });
  const measureLabel = h('label', {}, label('chartMeasure'), ' ', measure);
  const problem = h('div', { id: prefix + '-chart-error' });
  const controls = h('div', { class: 'toolbar chart-controls', hidden: true }, kinds, measureLabel);
  const element = h('div', { class: 'chart-panel', id: prefix + '-chart-panel' }, controls, problem, chart);
  let current = null;
  measure.addEventListener('change', () => current && render());

  async function render() {
    const { spec, table, params, kind } = current;
    kinds.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.kind === kind)));
    measureLabel.hidden = !['bar', 'cloud', 'line', 'network', 'diverging'].includes(kind);
    chart.hidden = false;
    message(problem, '');
    try {
      if (chart.dataset.kind !== kind) await clear(chart); // a graph and a word cloud share no axes: start afresh
      chart.dataset.kind = kind;
      chart.style.height = ''; // a kind may size the chart to its rows
      await DRAW[kind](chart, table, spec, measure.value, params);
      chart.dataset.drawn = String(Number(chart.dataset.drawn || 0) + 1); // tells a watcher (and a test) a new drawing is there
    } catch (error) {
      chart.hidden = true;
      message(problem, error.message, true);
    }
  }

  return {
    element,
    /** Draws an analysis's result as its first kind of chart, or hides the panel if it has none. */
    async show(analysis, table, params) {
      const spec = CHARTS[analysis];
      if (!spec || !table.rows.length) {
        this.clear();
        return;
      }
      const numeric = table.columns.filter(isNumeric).map((c) => c.name);
      const chosen = spec.measureParameter && params[spec.measureParameter];
      const preferred = [chosen, spec.measure].find((name) => name && numeric.includes(name)) ?? numeric[0];
      measure.replaceChildren(...numeric.map((name) => h('option', { value: name }, name)));
      measure.value = preferred;
      kinds.replaceChildren(...spec.kinds.map((kind) => h('button', { type: 'button', class: 'chart-kind', id: `${prefix}-chart-kind-${kind}`,
        dataset: { kind }, onclick: () => { current.kind = kind; render(); } }, label('chart_' + kind))));
      kinds.hidden = spec.kinds.length < 2;
      current = { spec, table, params, kind: spec.kinds[0] };
      controls.hidden = false;
      await render();
    },
    clear() {
      current = null;
      controls.hidden = true;
      chart.hidden = true;
      message(problem, '');
    },
  };
}
