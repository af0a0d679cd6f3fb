// ECharts and echarts-wordcloud, served from this bundle (the WebJar and the npm package are built into it), loaded
// once on first use. Every chart takes its data from a result table ({columns, rows}) by column name (chart-data.js).
import { collocateRing, columnIndex, dispersionTicks, isNumeric, keynessBars, lines, namedValues, numberOf } from './chart-data.js';
const FONT = "'WenQuanYi Zen Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
const ACCENT = '#3b6ea5';
const NEGATIVE = '#c0392b';
let loading = null;
let cloudLoading = null;

export { columnIndex, isNumeric, numberOf };

function script(path) {
  return new Promise((resolve, reject) => {
    const element = document.createElement('script');
    element.src = new URL(path, import.meta.url).href;
    element.onload = resolve;
    element.onerror = () => reject(new Error(path + ' could not be loaded'));
    document.head.append(element);
  });
}

function echarts() {
  loading ??= script('vendor/echarts/echarts.min.js').then(() => window.echarts);
  return loading;
}

/** The word cloud registers itself with the ECharts already loaded, so it comes second. */
function echartsWithWordCloud() {
  cloudLoading ??= echarts().then(() => script('vendor/echarts-wordcloud/echarts-wordcloud.min.js')).then(() => window.echarts);
  return cloudLoading;
}

/** Draws an option into the element (a chart made once per element), resizing with the element, e.g. a narrow window. */
async function draw(element, option, load = echarts) {
  const library = await load();
  const chart = library.getInstanceByDom(element) || library.init(element);
  chart.setOption({ textStyle: { fontFamily: FONT }, animation: false, ...option }, true);
  if (!element.dataset.resizes) {
    element.dataset.resizes = 'yes';
    // an observer also sees the element appear (hidden -> shown) and its column narrow, not only the window
    // and asks for the element's chart each time: another kind may have replaced the one drawn first
    const resize = () => library.getInstanceByDom(element)?.resize();
    if (window.ResizeObserver) new ResizeObserver(resize).observe(element);
    else window.addEventListener('resize', resize);
  }
  chart.resize();
  return chart;
}

/** A chart with a row per item (horizontal bars, documents) grows with them, so labels never overlap. */
function fitHeight(element, rows, perRow) {
  element.style.height = `${Math.max(240, 90 + rows * perRow)}px`;
}

/** Removes a chart from its element, so a new kind can be drawn there. */
export async function clear(element) {
  if (!loading) return;
  (await echarts()).getInstanceByDom(element)?.dispose();
}

/** Bars of the first rows of a result (top 30, in the result's order): names from one column, values from another. */
export async function barChart(element, result, nameColumn, valueColumn, top = 30) {
  const bars = namedValues(result, nameColumn, valueColumn, top);
  return draw(element, {
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 20, top: 30, bottom: 70, containLabel: true },
    xAxis: { type: 'category', data: bars.map(([name]) => name), axisLabel: { interval: 0, rotate: 45, fontFamily: FONT } },
    yAxis: { type: 'value', name: valueColumn },
    series: [{ type: 'bar', name: valueColumn, data: bars.map(([, value]) => value), itemStyle: { color: ACCENT } }],
  });
}

/** A word cloud of the first rows (top 150): the word's size grows with its value; CJK words stay upright. */
export async function wordCloud(element, result, nameColumn, valueColumn, top = 150) {
  const data = namedValues(result, nameColumn, valueColumn, top).filter(([, value]) => value !== null)
    .map(([name, value]) => ({ name, value }));
  return draw(element, {
    tooltip: { show: true },
    series: [{
      type: 'wordCloud', shape: 'circle', left: 'center', top: 'center', width: '95%', height: '95%',
      sizeRange: [13, 68], rotationRange: [0, 0], gridSize: 4, drawOutOfBound: false, layoutAnimation: false,
      textStyle: { fontFamily: FONT, fontWeight: 'bold', color: (p) => ['#3b6ea5', '#2e8b57', '#b5651d', '#6a4c93', '#c0392b'][p.dataIndex % 5] },
      data,
    }],
  }, echartsWithWordCloud);
}

/**
 * A line per series value (e.g. per word) over the x column's values in the order the rows give them (a trend's
 * dates come sorted): up to 12 lines, a missing point as a gap.
 */
export async function lineChart(element, result, xColumn, seriesColumn, valueColumn, maxLines = 12) {
  const { categories, lines: drawn } = lines(result, xColumn, seriesColumn, valueColumn, maxLines);
  return draw(element, {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0, textStyle: { fontFamily: FONT } },
    grid: { left: 50, right: 20, top: 40, bottom: 60, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { rotate: categories.length > 8 ? 45 : 0, fontFamily: FONT } },
    yAxis: { type: 'value', name: valueColumn },
    series: drawn.map(([name, data]) => ({ type: 'line', name, data, connectNulls: false, symbolSize: 6 })),
  });
}

/**
 * A collocation network: the node word in the middle, each collocate of the first rows (top 30) linked to it, a
 * stronger collocate (by the measure's size) nearer and larger; the link's value is the measure.
 */
export async function networkGraph(element, result, node, collocateColumn, measureColumn, top = 30) {
  // ids, not names, join the links: a collocate may be spelled as the node's query is
  const collocates = collocateRing(result, collocateColumn, measureColumn, top).map((c) => ({ id: c.id, name: c.name,
    value: c.measure, x: c.x, y: c.y, symbolSize: 14 + 26 * c.strength, strength: c.strength,
    itemStyle: { color: c.measure < 0 ? NEGATIVE : ACCENT }, label: { show: true, fontFamily: FONT } }));
  return draw(element, {
    tooltip: { formatter: (p) => (p.dataType === 'edge' ? `${node} — ${collocates[p.dataIndex].name}` : p.name)
      + (p.data.value === undefined ? '' : `: ${measureColumn} ${Number(p.data.value).toFixed(2)}`) },
    series: [{
      type: 'graph', layout: 'none', roam: true, name: measureColumn,
      data: [{ id: 'node', name: node, x: 0, y: 0, symbolSize: 50, itemStyle: { color: '#b5651d' },
        label: { show: true, fontWeight: 'bold', fontSize: 16, fontFamily: FONT } }, ...collocates],
      links: collocates.map((c) => ({ source: 'node', target: c.id, value: c.value,
        lineStyle: { width: 1 + 5 * c.strength, opacity: 0.6 } })),
      label: { position: 'right', fontFamily: FONT },
      lineStyle: { color: '#8aa4c2', curveness: 0 },
    }],
  });
}

/**
 * Keyness as diverging bars: a word relatively more frequent in the target than in the reference to the right, one
 * less frequent to the left (the measure's size, signed by the direction): the 20 strongest of each side (ties in the
 * result's order), the strongest positive at the top and the strongest negative at the bottom.
 */
export async function divergingBars(element, result, wordColumn, measureColumn, targetRate, referenceRate, perSide = 20) {
  const bars = keynessBars(result, wordColumn, measureColumn, targetRate, referenceRate, perSide);
  fitHeight(element, bars.length, 22);
  return draw(element, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 20, right: 30, top: 30, bottom: 30, containLabel: true },
    xAxis: { type: 'value', name: measureColumn, position: 'top' },
    yAxis: { type: 'category', inverse: true, data: bars.map(([word]) => word), axisLabel: { fontFamily: FONT, interval: 0 },
      axisTick: { show: false } },
    series: [{ type: 'bar', name: measureColumn, data: bars.map(([, value]) => ({ value,
      itemStyle: { color: value < 0 ? NEGATIVE : ACCENT } })) }],
  });
}

/**
 * AntConc's Concordance Plot: a bar per document (top 40 rows), a tick where each hit starts, as a fraction of the
 * document; the positions column lists the fractions separated by spaces.
 */
export async function dispersionPlot(element, result, top = 40) {
  const documents = columnIndex(result, 'document');
  const hits = columnIndex(result, 'hits');
  const { rows, ticks } = dispersionTicks(result, top);
  fitHeight(element, rows.length, 26);
  return draw(element, {
    tooltip: { formatter: (p) => `${rows[p.value[1]][documents]}: ${(p.value[0] * 100).toFixed(1)}%` },
    grid: { left: 20, right: 60, top: 20, bottom: 40, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => `${Math.round(v * 100)}%` } },
    yAxis: [{ type: 'category', inverse: true, data: rows.map((r) => String(r[documents])), axisLabel: { fontFamily: FONT } },
      { type: 'category', inverse: true, data: rows.map((r) => String(r[hits])), position: 'right', axisTick: { show: false } }],
    series: [{ type: 'scatter', name: 'hits', symbol: 'rect', symbolSize: [2, 16], data: ticks, itemStyle: { color: ACCENT },
      large: ticks.length > 2000 }],
  });
}

/** The hits along the whole corpus in equal slices: a bar per slice, its hits; the tooltip names where it starts. */
export async function slicesPlot(element, result) {
  const slices = columnIndex(result, 'slice');
  const hits = columnIndex(result, 'hits');
  const documents = columnIndex(result, 'document');
  const froms = columnIndex(result, 'from_token');
  return draw(element, {
    tooltip: { trigger: 'axis', formatter: (items) => {
      const row = result.rows[items[0].dataIndex];
      return `#${row[slices]} (${row[documents]}, token ${row[froms]}): ${row[hits]}`;
    } },
    grid: { left: 50, right: 20, top: 30, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: result.rows.map((r) => String(r[slices])), name: 'slice', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', name: 'hits', minInterval: 1 },
    series: [{ type: 'bar', name: 'hits', data: result.rows.map((r) => numberOf(r[hits])), barCategoryGap: '5%',
      itemStyle: { color: ACCENT } }],
  });
}
