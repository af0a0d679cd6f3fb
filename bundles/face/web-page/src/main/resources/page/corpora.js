import { api } from './api.js';
import { cleaningReportView, loadReportView, provenanceTable } from './corpus-reports.js';
import { h, label, message } from './dom.js';
import { bytes, number } from './format.js';
import { t } from './i18n.js';
import { follow, jobBar, jobsPanel, progressText, stateLabel } from './jobs.js';
import { uploadForm } from './upload.js';

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
      ...[corpus.documents, corpus.sources, corpus.tokens, corpus.types].map((n) => h('td', { class: 'number' }, number(n))),
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
