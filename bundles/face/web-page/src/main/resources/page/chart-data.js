// What each chart draws, taken from a result table ({columns, rows}) by column name: plain functions without the
// DOM or ECharts, so Node's test runner checks them (src/test/js/chart-data.test.mjs).

/** The index of a column by name; an error naming it and the columns there are if the table has none such. */
export function columnIndex(result, name) {
  const index = result.columns.findIndex((c) => c.name === name);
  if (index < 0) throw new Error(`The result has no column ${name} (it has ${result.columns.map((c) => c.name).join(', ')})`);
  return index;
}

/** Whether a column holds numbers: the API writes column types in either case. */
export function isNumeric(column) {
  return ['integer', 'decimal'].includes(String(column.type).toLowerCase());
}

/** A cell as a number; NaN, infinities (which JSON may carry as text) and empty cells as null. */
export function numberOf(value) {
  const number = typeof value === 'number' ? value : Number(value);
  return value === null || value === '' || !Number.isFinite(number) ? null : number;
}

/** [name, value] of the first rows, in the result's order; a value that is no finite number is null. */
export function namedValues(result, nameColumn, valueColumn, top) {
  const names = columnIndex(result, nameColumn);
  const values = columnIndex(result, valueColumn);
  return result.rows.slice(0, top).map((r) => [String(r[names]), numberOf(r[values])]);
}

/**
 * A long table (a row per x value and series, as trend gives it) as lines: the x values in the order the rows
 * give them, and per series name (first maxLines in order of appearance) its value at each x, null where missing.
 */
export function lines(result, xColumn, seriesColumn, valueColumn, maxLines) {
  const xs = columnIndex(result, xColumn);
  const names = columnIndex(result, seriesColumn);
  const values = columnIndex(result, valueColumn);
  const categories = [...new Set(result.rows.map((r) => String(r[xs])))];
  const at = new Map(categories.map((x, i) => [x, i]));
  const series = new Map();
  for (const row of result.rows) {
    const name = String(row[names]);
    if (!series.has(name)) {
      if (series.size === maxLines) continue;
      series.set(name, new Array(categories.length).fill(null));
    }
    series.get(name)[at.get(String(row[xs]))] = numberOf(row[values]);
  }
  return { categories, lines: [...series] };
}

/**
 * Collocates around the node: each of the first rows with a finite measure at an even angle (the first at the top,
 * clockwise), nearer the centre and larger the larger the measure's size relative to the largest.
 */
export function collocateRing(result, collocateColumn, measureColumn, top) {
  const rows = namedValues(result, collocateColumn, measureColumn, top).filter(([, m]) => m !== null);
  const strongest = Math.max(...rows.map(([, m]) => Math.abs(m)), 1e-9);
  return rows.map(([name, measure], i) => {
    const strength = Math.abs(measure) / strongest;
    const angle = (2 * Math.PI * i) / rows.length - Math.PI / 2;
    const radius = 100 + 160 * (1 - strength);
    return { id: `c${i}`, name, measure, strength, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
}

/**
 * Keyness for diverging bars: each word's measure made positive where the word is relatively more frequent in the
 * target (target rate >= reference rate) and negative where less, whatever the measure's own sign; the perSide
 * largest of each side (ties in the result's order), positives largest first, then negatives largest last.
 */
export function keynessBars(result, wordColumn, measureColumn, targetRate, referenceRate, perSide) {
  const words = columnIndex(result, wordColumn);
  const measures = columnIndex(result, measureColumn);
  const target = columnIndex(result, targetRate);
  const reference = columnIndex(result, referenceRate);
  const signed = result.rows.map((r) => [String(r[words]), numberOf(r[measures]), Number(r[target]) >= Number(r[reference]) ? 1 : -1])
    .filter(([, m]) => m !== null).map(([word, m, sign]) => [word, sign * Math.abs(m)]);
  const largest = (side) => side.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, perSide);
  return [...largest(signed.filter(([, v]) => v >= 0)), ...largest(signed.filter(([, v]) => v < 0)).reverse()];
}

/** A dispersion plot's first rows (documents) and a tick [fraction, row] per hit from their space-separated positions. */
export function dispersionTicks(result, top) {
  const positions = columnIndex(result, 'positions');
  const rows = result.rows.slice(0, top);
  const ticks = rows.flatMap((row, i) => String(row[positions]).split(' ').filter(Boolean).map((p) => [Number(p), i]));
  return { rows, ticks };
}
