import { h, label } from './dom.js';
import { bytes, number } from './format.js';


/** A corpus's record: sizes, size on disk, when it was made and its provenance (loader, cleaning, segmenter ...). */
export function provenanceTable(corpus) {
  const sizes = [['documents', corpus.documents], ['sources', corpus.sources], ['sentences', corpus.sentences],
    ['tokens', corpus.tokens], ['types', corpus.types]].map(([key, n]) => [label(key), number(n)]);
  const rows = [...sizes, [label('onDisk'), bytes(corpus.storedBytes)], [label('created'), corpus.created],
    ...Object.entries(corpus.provenance || {}).sort(([a], [b]) => a.localeCompare(b))];
  return h('div', { class: 'report' }, h('h3', {}, label('provenance')),
    h('table', { id: 'corpus-provenance', class: 'grid keyvalue' }, h('tbody', {}, rows.map(([key, value]) =>
      h('tr', {}, h('th', {}, key), h('td', {}, value))))));
}

/** What loading read: per source its outcome, encoding and undecodable bytes, and why one was skipped. */
export function loadReportView(report) {
  const columns = ['source', 'outcome', 'encoding', 'confidence', 'undecodable', 'problem'];
  const rows = report.sources.map((source) => h('tr', { class: 'outcome-' + source.outcome },
    h('td', {}, source.location), h('td', {}, label('outcome_' + source.outcome)), h('td', {}, source.encoding ?? ''),
    h('td', { class: 'number' }, source.confidence ?? ''), h('td', { class: 'number' }, number(source.undecodableBytes ?? 0)),
    h('td', { class: 'problem' }, source.problem ?? '')));
  return h('div', { class: 'report' }, h('h3', {}, label('loadReport')), h('p', { id: 'load-summary' }, report.summary),
    h('div', { class: 'scroll' }, h('table', { id: 'load-report', class: 'grid' },
      h('thead', {}, h('tr', {}, columns.map((key) => h('th', { class: ['confidence', 'undecodable'].includes(key) ? 'number' : null },
        label(key))))), h('tbody', {}, rows))));
}

/** Per source: the documents and articles it became and, per cleaning step, its counts ("lines joined: 12"). */
export function cleaningReportView(report) {
  const rows = report.sources.map((source) => h('tr', {},
    h('td', {}, source.source), h('td', { class: 'number' }, source.documents), h('td', { class: 'number' }, source.articles),
    h('td', { class: 'steps' }, Object.entries(source.steps || {}).map(([step, counts]) => h('div', { class: 'step' }, h('strong', {}, step), ': ',
      Object.entries(counts).map(([what, n]) => `${what} ${number(n)}`).join(', '))))));
  return h('div', { class: 'report' }, h('h3', {}, label('cleaningReport')),
    h('div', { class: 'scroll' }, h('table', { id: 'cleaning-report', class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, label('source')), h('th', { class: 'number' }, label('documents')),
        h('th', { class: 'number' }, label('articles')), h('th', {}, label('steps')))), h('tbody', {}, rows))));
}
