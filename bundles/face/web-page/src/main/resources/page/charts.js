// ECharts, served from this bundle (unpacked from its WebJar at build time), loaded once on first use.
const FONT = "'WenQuanYi Zen Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
let loading = null;

function echarts() {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('vendor/echarts/echarts.min.js', import.meta.url).href;
    script.onload = () => resolve(window.echarts);
    script.onerror = () => reject(new Error('ECharts could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

/** Bars of the first rows of a result (top 30, in the result's order): names from one column, values from another. */
export async function barChart(element, result, nameColumn, valueColumn) {
  const library = await echarts();
  const names = result.columns.findIndex((c) => c.name === nameColumn);
  const values = result.columns.findIndex((c) => c.name === valueColumn);
  const rows = result.rows.slice(0, 30);
  const chart = library.getInstanceByDom(element) || library.init(element);
  chart.setOption({
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 20, top: 30, bottom: 70 },
    xAxis: { type: 'category', data: rows.map((r) => String(r[names])), axisLabel: { interval: 0, rotate: 45, fontFamily: FONT } },
    yAxis: { type: 'value', name: valueColumn },
    series: [{ type: 'bar', name: valueColumn, data: rows.map((r) => Number(r[values])), itemStyle: { color: '#3b6ea5' } }],
  }, true);
  if (!element.dataset.resizes) {
    element.dataset.resizes = 'yes';
    window.addEventListener('resize', () => chart.resize());
  }
  chart.resize();
  return chart;
}
