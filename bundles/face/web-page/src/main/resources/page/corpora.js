import { api } from './api.js';
import { h, label, message } from './dom.js';
import { t } from './i18n.js';
import { follow, jobBar, jobsPanel, progressText, stateLabel } from './jobs.js';

const NUMBER = new Intl.NumberFormat('en');
const NUMERIC = ['documents', 'sources', 'tokens', 'types', 'onDisk'];

/**
 * The corpora with their sizes; a click shows one's provenance, load report and cleaning report. For an admin also
 * upload (as a job), re-clean (as a job), rename and delete; a reader's page has no such elements, and the API
 * refuses them anyway. Below, the user's jobs.
 */
export function corporaView(app) {
  const status = h('div', { id: 'corpora-status' });
  const table = h('table', { id: 'corpora-table', class: 'grid' });
  const details = h('section', { id: 'corpus-details', class: 'panel-box', hidden: true });
  const view = h('section', { id: 'view-corpora' }, status, h('div', { class: 'scroll' }, table), details, jobsPanel(app));
  const onDisk = new Map();
  let shown = null;
  if (app.me.admin) view.prepend(uploadForm(app, status));

  function render() {
    const head = h('tr', {}, ['name', 'documents', 'sources', 'tokens', 'types', 'onDisk', 'segmenter', 'created']
      .map((key) => h('th', { class: NUMERIC.includes(key) ? 'number' : null }, label(key))), h('th', {}, label('actions')));
    const rows = app.corpora.map((corpus) => h('tr', { dataset: { corpus: corpus.name }, class: corpus.name === shown ? 'selected' : null },
      h('td', {}, h('button', { type: 'button', class: 'link corpus-name', onclick: () => showDetails(corpus.name) }, corpus.name)),
      ...[corpus.documents, corpus.sources, corpus.tokens, corpus.types].map((n) => h('td', { class: 'number' }, NUMBER.format(n))),
      h('td', { class: 'number on-disk' }, onDisk.has(corpus.name) ? bytes(onDisk.get(corpus.name)) : ''),
      h('td', {}, corpus.segmenter ?? ''),
      h('td', {}, corpus.created ? String(corpus.created).slice(0, 19).replace('T', ' ') : ''),
      h('td', { class: 'actions' }, h('button', { type: 'button', class: 'show-corpus', onclick: () => showDetails(corpus.name) },
        label('details')), app.me.admin ? adminButtons(corpus.name) : null)));
    table.replaceChildren(h('thead', {}, head), h('tbody', {}, rows.length ? rows
      : h('tr', {}, h('td', { colspan: 9 }, label('noCorpora')))));
    sizesOnDisk();
  }

  /** The size on disk is in each corpus's own record: asked once per corpus, filled in when it comes. */
  function sizesOnDisk() {
    for (const corpus of app.corpora.filter((c) => !onDisk.has(c.name))) {
      api.corpus(corpus.name).then((full) => {
        onDisk.set(corpus.name, full.storedBytes);
        const cell = table.querySelector(`tr[data-corpus="${CSS.escape(corpus.name)}"] td.on-disk`);
        if (cell) cell.textContent = bytes(full.storedBytes);
      }, () => { /* the column stays empty for it */ });
    }
  }

  function adminButtons(name) {
    return [
      h('button', { type: 'button', class: 'reclean-corpus admin-control', onclick: () => reclean(name) }, label('reclean')),
      h('button', { type: 'button', class: 'rename-corpus admin-control', onclick: () => rename(name) }, label('rename')),
      h('button', { type: 'button', class: 'delete-corpus admin-control danger', onclick: () => remove(name) }, label('delete')),
    ];
  }

  async function showDetails(name) {
    shown = name;
    details.hidden = false;
    table.querySelectorAll('tr[data-corpus]').forEach((row) => row.classList.toggle('selected', row.dataset.corpus === name));
    message(details, '…');
    try {
      const [corpus, load, cleaning] = await Promise.all([api.corpus(name), api.loadReport(name), api.cleaningReport(name)]);
      if (shown !== name) return;
      details.replaceChildren(h('h2', {}, name, ' ', h('button', { type: 'button', class: 'link', id: 'corpus-details-close',
        onclick: () => { shown = null; details.hidden = true; render(); } }, label('close'))),
      loadReportView(load), cleaningReportView(cleaning), provenanceTable(corpus));
      details.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      message(details, error.message, true);
    }
  }

  async function reclean(name) {
    const progress = h('div', { id: 'reclean-progress', class: 'job-line' });
    status.replaceChildren(progress);
    try {
      const job = await follow(await api.reclean(name), (current) => {
        progress.replaceChildren(h('strong', {}, label('recleaning', name)), ' ', jobBar(current), ' ',
          h('span', { id: 'reclean-state', dataset: { state: current.state } }, stateLabel(current)), ' ', ...progressText(current));
        app.refreshJobs();
      });
      finished(job, 'recleaned', name);
      await app.reloadCorpora();
      if (shown === name) showDetails(name);
    } catch (error) {
      message(status, error.message, true);
    }
  }

  async function rename(name) {
    const to = prompt(t('renameTo', name), name);
    if (!to || to === name) return;
    try {
      await api.renameCorpus(name, to);
      message(status, t('renamed', name, to));
      if (shown === name) shown = null;
      details.hidden = shown === null;
      await app.reloadCorpora();
    } catch (error) {
      message(status, error.message, true);
    }
  }

  async function remove(name) {
    if (!confirm(t('confirmDelete', name))) return;
    try {
      await api.deleteCorpus(name);
      onDisk.delete(name);
      if (shown === name) {
        shown = null;
        details.hidden = true;
      }
      await app.reloadCorpora();
    } catch (error) {
      message(status, error.message, true);
    }
  }

  /** A finished job in the status line: what it did, or why it did not. */
  function finished(job, doneKey, name) {
    if (job.state === 'succeeded') message(status, t(doneKey, name));
    else message(status, `${t('state_' + job.state)}: ${job.error ?? ''}`, job.state === 'failed');
  }

  app.onCorpora.push(render);
  render();
  return view;
}

function provenanceTable(corpus) {
  const sizes = [['documents', corpus.documents], ['sources', corpus.sources], ['sentences', corpus.sentences],
    ['tokens', corpus.tokens], ['types', corpus.types]].map(([key, n]) => [label(key), NUMBER.format(n)]);
  const rows = [...sizes, [label('onDisk'), bytes(corpus.storedBytes)], [label('created'), corpus.created],
    ...Object.entries(corpus.provenance || {}).sort(([a], [b]) => a.localeCompare(b))];
  return h('div', { class: 'report' }, h('h3', {}, label('provenance')),
    h('table', { id: 'corpus-provenance', class: 'grid keyvalue' }, h('tbody', {}, rows.map(([key, value]) =>
      h('tr', {}, h('th', {}, key), h('td', {}, value))))));
}

function loadReportView(report) {
  const columns = ['source', 'outcome', 'encoding', 'confidence', 'undecodable', 'problem'];
  const rows = report.sources.map((source) => h('tr', { class: 'outcome-' + source.outcome },
    h('td', {}, source.location), h('td', {}, label('outcome_' + source.outcome)), h('td', {}, source.encoding ?? ''),
    h('td', { class: 'number' }, source.confidence ?? ''), h('td', { class: 'number' }, NUMBER.format(source.undecodableBytes ?? 0)),
    h('td', {}, source.problem ?? '')));
  return h('div', { class: 'report' }, h('h3', {}, label('loadReport')), h('p', { id: 'load-summary' }, report.summary),
    h('div', { class: 'scroll' }, h('table', { id: 'load-report', class: 'grid' },
      h('thead', {}, h('tr', {}, columns.map((key) => h('th', { class: ['confidence', 'undecodable'].includes(key) ? 'number' : null },
        label(key))))), h('tbody', {}, rows))));
}

/** Per source: the documents and articles it became and, per cleaning step, its counts ("lines joined: 12"). */
function cleaningReportView(report) {
  const rows = report.sources.map((source) => h('tr', {},
    h('td', {}, source.source), h('td', { class: 'number' }, source.documents), h('td', { class: 'number' }, source.articles),
    h('td', {}, Object.entries(source.steps || {}).map(([step, counts]) => h('div', { class: 'step' }, h('strong', {}, step), ': ',
      Object.entries(counts).map(([what, n]) => `${what} ${NUMBER.format(n)}`).join(', '))))));
  return h('div', { class: 'report' }, h('h3', {}, label('cleaningReport')),
    h('div', { class: 'scroll' }, h('table', { id: 'cleaning-report', class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, label('source')), h('th', { class: 'number' }, label('documents')),
        h('th', { class: 'number' }, label('articles')), h('th', {}, label('steps')))), h('tbody', {}, rows))));
}

function bytes(n) {
  if (n === null || n === undefined) return '';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`;
}

/**
 * Files or a zip to a new corpus or into an existing one: each file's bytes with a bar, then the job that loads it
 * (done/total, rate, time left) until it succeeds or fails; the first file makes the corpus, the others join it.
 */
function uploadForm(app, status) {
  const mode = h('select', { id: 'upload-mode' }, h('option', { value: 'create' }, label('modeCreate')),
    h('option', { value: 'add' }, label('modeAdd')));
  const names = h('datalist', { id: 'upload-corpora' });
  const name = h('input', { id: 'upload-name', required: true, size: 16, list: 'upload-corpora' }); // the API says what a name may hold
  const file = h('input', { id: 'upload-file', type: 'file', required: true, multiple: true, accept: '.txt,.zip,.csv,.html,.htm' });
  const submit = h('button', { type: 'submit', id: 'upload-submit' }, label('upload'));
  const progress = h('div', { id: 'upload-progress', class: 'job-line', hidden: true });
  const form = h('form', { id: 'upload-form', class: 'panel-box admin-control' }, h('h2', {}, label('uploadTitle')),
    h('div', { class: 'toolbar' }, h('label', {}, label('mode'), ' ', mode), h('label', {}, label('corpusName'), ' ', name), names,
      file, submit), progress);
  app.onCorpora.push(() => names.replaceChildren(...app.corpora.map((c) => h('option', { value: c.name }))));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const corpus = name.value;
    const files = [...file.files];
    submit.disabled = true;
    progress.hidden = false;
    let failed = false;
    try {
      for (const [i, each] of files.entries()) {
        const bar = h('progress', { id: 'upload-bytes', max: 1, value: 0 });
        const sent = h('span', {});
        progress.replaceChildren(h('strong', {}, label('sending', each.name)), ' ', bar, ' ', sent);
        const started = await api.upload(corpus, each, (fraction, loaded, total) => {
          bar.value = fraction;
          sent.textContent = `${bytes(loaded)} / ${bytes(total)}`;
        }, i === 0 ? mode.value : 'add');
        app.refreshJobs();
        const job = await follow(started, (current) => progress.replaceChildren(h('strong', {}, label('loading', each.name)), ' ',
          jobBar(current, { id: 'upload-job' }), ' ', h('span', { id: 'upload-state', dataset: { state: current.state } },
            stateLabel(current)), ' ', ...progressText(current)));
        if (job.state !== 'succeeded') {
          failed = true;
          message(status, `${each.name}: ${t('state_' + job.state)}${job.error ? ': ' + job.error : ''}`, true);
          break;
        }
      }
      if (!failed) {
        message(status, t('uploaded', corpus));
        form.reset();
        progress.hidden = true;
      }
    } catch (error) {
      message(status, error.message, true);
    } finally {
      submit.disabled = false;
      app.refreshJobs();
      await app.reloadCorpora().catch(() => { /* the list shown stays */ });
    }
  });
  return form;
}
