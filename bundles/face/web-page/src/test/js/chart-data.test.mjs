// What the charts draw from a result table: run by `node --test` in the module's build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collocateRing, columnIndex, dispersionTicks, isNumeric, keynessBars, lines, namedValues, numberOf }
  from '../../main/resources/page/chart-data.js';

const table = (names, rows) => ({ columns: names.map(([name, type]) => ({ name, type })), rows });

test('columns are found by name, and a missing one is named with those there are', () => {
  const result = table([['word', 'string'], ['count', 'integer']], []);
  assert.equal(columnIndex(result, 'count'), 1);
  assert.throws(() => columnIndex(result, 'per_million'), /no column per_million \(it has word, count\)/);
  assert.deepEqual(result.columns.map(isNumeric), [false, true]);
  assert.equal(isNumeric({ name: 'dp', type: 'DECIMAL' }), true, 'the old API wrote types in capitals');
});

test('NaN, infinities and empty cells are no numbers; numbers written as text are', () => {
  assert.deepEqual(['NaN', 'Infinity', '-Infinity', '', null, '2.5', 3, 0].map(numberOf), [null, null, null, null, null, 2.5, 3, 0]);
});

test('bars and clouds take the first rows in the result\'s order', () => {
  const result = table([['rank', 'integer'], ['word', 'string'], ['count', 'integer']],
    [[1, '的', 157], [2, '发展', 85], [3, '𠀋', 'NaN'], [4, '聊城', 40]]);
  assert.deepEqual(namedValues(result, 'word', 'count', 3), [['的', 157], ['发展', 85], ['𠀋', null]]);
});

test('a trend becomes a line per word over the dates in the rows\' order, a missing point as null', () => {
  const result = table([['value', 'string'], ['word', 'string'], ['per_million', 'decimal']], [
    ['(none)', '的', 32667.5], ['(none)', '发展', 17686.2], ['2023-01-19', '的', 46000], ['2023-01-19', '发展', 'NaN'],
    ['2024-12-03', '的', 20500], ['2024-12-03', '和', 11000]]);
  const drawn = lines(result, 'value', 'word', 'per_million', 2);
  assert.deepEqual(drawn.categories, ['(none)', '2023-01-19', '2024-12-03']);
  assert.deepEqual(drawn.lines, [['的', [32667.5, 46000, 20500]], ['发展', [17686.2, null, null]]],
    'a third word is left out when two lines are the most');
});

test('collocates ring the node: the strongest nearest, the first at the top, a NaN measure left out', () => {
  const result = table([['collocate', 'string'], ['log_likelihood', 'decimal']],
    [['高质量', 283.3], ['推动', 'NaN'], ['经济', 141.65], ['的', -20]]);
  const ring = collocateRing(result, 'collocate', 'log_likelihood', 30);
  assert.deepEqual(ring.map((c) => [c.id, c.name, c.measure]), [['c0', '高质量', 283.3], ['c1', '经济', 141.65], ['c2', '的', -20]]);
  assert.equal(ring[0].strength, 1);
  assert.ok(Math.abs(ring[0].x) < 1e-9 && ring[0].y === -100, 'the strongest at the top, nearest the centre');
  const distance = (c) => Math.hypot(c.x, c.y);
  assert.ok(distance(ring[0]) < distance(ring[1]) && distance(ring[1]) < distance(ring[2]));
  assert.ok(Math.abs(ring[2].strength - 20 / 283.3) < 1e-12, 'a repelled collocate is sized by its measure\'s size');
});

test('keyness: each side signed by the rates, the largest of each kept, the negative side largest last', () => {
  const result = table([['word', 'string'], ['target_per_million', 'decimal'], ['reference_per_million', 'decimal'],
    ['log_likelihood', 'decimal']], [
    ['聊城', 900, 10, 50], ['发展', 800, 100, 30], ['说', 10, 400, 25], ['一个', 20, 300, 40], ['的', 50000, 50000, 0],
    ['他', 5, 200, 'NaN'], ['会议', 300, 30, 45]]);
  assert.deepEqual(keynessBars(result, 'word', 'log_likelihood', 'target_per_million', 'reference_per_million', 2),
    [['聊城', 50], ['会议', 45], ['说', -25], ['一个', -40]]);
  const signedRatio = table([['word', 'string'], ['target_per_million', 'decimal'], ['reference_per_million', 'decimal'],
    ['log_ratio', 'decimal']], [['聊城', 900, 10, 6.5], ['说', 10, 400, -5.3]]);
  assert.deepEqual(keynessBars(signedRatio, 'word', 'log_ratio', 'target_per_million', 'reference_per_million', 20),
    [['聊城', 6.5], ['说', -5.3]], 'a signed measure keeps its sign');
});

test('a dispersion plot ticks each hit of the first documents at its fraction', () => {
  const result = table([['document', 'string'], ['tokens', 'integer'], ['hits', 'integer'], ['positions', 'string']], [
    ['000.txt#1', 8, 2, '0.000000 0.875000'], ['001.txt#3', 4, 1, '0.500000'], ['002.txt#1', 3, 1, '0.333333']]);
  const { rows, ticks } = dispersionTicks(result, 2);
  assert.deepEqual(rows.map((r) => r[0]), ['000.txt#1', '001.txt#3']);
  assert.deepEqual(ticks, [[0, 0], [0.875, 0], [0.5, 1]]);
});
