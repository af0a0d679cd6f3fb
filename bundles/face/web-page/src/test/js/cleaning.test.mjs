// The reader view's reading of kept runs, on real Chinese newspaper text: run by `node --test` in the module's build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classify, cleanedPieces, originalPieces, toOriginal } from '../../main/resources/page/cleaning.js';

const points = (text) => Array.from(text);
const texts = (characters, pieces) => pieces.map((p) => [p.kind, characters.slice(p.from, p.to).join('')]);

test('a line break between kept text reads as joined, a dateline as moved to metadata naming its keys', () => {
  const original = points(' 本报讯（记者 赵宗锋） 3月3日下午，聊\n城市纪念');
  const cleaned = points('3月3日下午，聊城市纪念');
  const kept = [[0, 8, 13, 21], [8, 12, 22, 26]];
  const metadata = { dateline: '本报讯（记者 赵宗锋）', reporters: '赵宗锋', date: '--03-03' };
  const pieces = originalPieces(original, kept, metadata, cleaned);
  assert.deepEqual(texts(original, pieces), [['metadata', ' 本报讯（记者 赵宗锋） '], ['kept', '3月3日下午，聊'], ['joined', '\n'],
    ['kept', '城市纪念']]);
  assert.deepEqual(pieces[0].keys, ['dateline', 'reporters']);
});

test('a reporter among several is found by name; a one-character value only as the whole dropped text', () => {
  assert.deepEqual(classify('■ 本报记者 王培源\n', { reporters: '王培源、赵宗锋' }), { kind: 'metadata', keys: ['reporters'] });
  assert.equal(classify('第1版', { page: '1' }).kind, 'removed');
  assert.deepEqual(classify(' 1 ', { page: '1' }), { kind: 'metadata', keys: ['page'] });
  assert.equal(classify('责任编辑：李明', { reporters: '王培源', page: '' }).kind, 'removed');
});

test('dropped text with cleaning\'s own text between the same runs reads as replaced, and the cleaned side as inserted', () => {
  const original = points('大报告，提出');
  const cleaned = points('大报告,提出');
  const kept = [[0, 3, 0, 3], [4, 6, 4, 6]];
  const pieces = originalPieces(original, kept, {}, cleaned);
  assert.deepEqual(texts(original, pieces), [['kept', '大报告'], ['replaced', '，'], ['kept', '提出']]);
  assert.equal(pieces[1].by, ',');
  assert.deepEqual(texts(cleaned, cleanedPieces(cleaned.length, kept)), [['kept', '大报告'], ['inserted', ','], ['kept', '提出']]);
});

test('offsets are code points: CJK Extension B characters are one each', () => {
  const original = points('𠀀𠀁\n𠀂甲');
  const cleaned = points('𠀀𠀁𠀂甲');
  const kept = [[0, 2, 0, 2], [2, 4, 3, 5]];
  assert.deepEqual(texts(original, originalPieces(original, kept, {}, cleaned)), [['kept', '𠀀𠀁'], ['joined', '\n'], ['kept', '𠀂甲']]);
  assert.deepEqual(toOriginal([1, 3], kept), [1, 4]);
  assert.equal(toOriginal([1, 3], [[0, 2, 0, 2]]), null, 'an end in text cleaning wrote has no place in the original');
});

test('whatever the runs, the pieces cover each text once, in order, and kept pieces are the same text on both sides', () => {
  let seed = 7;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const alphabet = points('聊城市，。\n 𠀀ab1');
  for (let round = 0; round < 300; round++) {
    const original = Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]);
    const cleaned = [];
    const kept = [];
    for (let at = 0; at < original.length;) {
      const length = 1 + random(5);
      const to = Math.min(original.length, at + length);
      if (random(3) === 0) {
        if (random(2) === 0) cleaned.push('，');
      } else {
        kept.push([cleaned.length, cleaned.length + to - at, at, to]);
        cleaned.push(...original.slice(at, to));
      }
      at = to;
    }
    const pieces = originalPieces(original, kept, { key: '聊城' }, cleaned);
    assert.equal(pieces.map((p) => original.slice(p.from, p.to).join('')).join(''), original.join(''));
    pieces.forEach((p, i) => assert.equal(p.from, i ? pieces[i - 1].to : 0));
    const onCleaned = cleanedPieces(cleaned.length, kept);
    assert.equal(onCleaned.map((p) => cleaned.slice(p.from, p.to).join('')).join(''), cleaned.join(''));
    const keptOriginal = pieces.filter((p) => p.kind === 'kept').map((p) => original.slice(p.from, p.to).join('')).join('');
    const keptCleaned = onCleaned.filter((p) => p.kind === 'kept').map((p) => cleaned.slice(p.from, p.to).join('')).join('');
    assert.equal(keptOriginal, keptCleaned);
  }
});
