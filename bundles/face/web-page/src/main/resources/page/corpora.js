import { api } from './api.js';
import { h, label, message } from './dom.js';
import { t } from './i18n.js';

const NUMBER = new Intl.NumberFormat('en');

/** The corpora with their sizes; for an admin also upload and delete (a reader's page has no such elements). */
export function corporaView(app) {
  const status = h('div', { id: 'corpora-status' });
  const table = h('table', { id: 'corpora-table', class: 'grid' });
  const view = h('section', { id: 'view-corpora' }, status, table);
  if (app.me.admin) view.prepend(uploadForm(app, status));

  function render() {
    const head = h('tr', {}, ['name', 'documents', 'sources', 'tokens', 'types', 'segmenter', 'created']
      .map((key) => h('th', { class: ['documents', 'sources', 'tokens', 'types'].includes(key) ? 'number' : null }, label(key))), app.me.admin ? h('th', {}, label('actions')) : null);
    const rows = app.corpora.map((corpus) => h('tr', { dataset: { corpus: corpus.name } },
      h('td', {}, corpus.name),
      ...[corpus.documents, corpus.sources, corpus.tokens, corpus.types].map((n) => h('td', { class: 'number' }, NUMBER.format(n))),
      h('td', {}, corpus.provenance?.segmenter ?? corpus.segmenter ?? ''),
      h('td', {}, corpus.created ? String(corpus.created).slice(0, 19).replace('T', ' ') : ''),
      app.me.admin ? h('td', {}, h('button', { class: 'delete-corpus admin-control', onclick: () => remove(corpus.name) },
        label('delete'))) : null));
    table.replaceChildren(h('thead', {}, head), h('tbody', {}, rows.length ? rows
      : h('tr', {}, h('td', { colspan: 8 }, label('noCorpora')))));
  }

  async function remove(name) {
    if (!confirm(t('confirmDelete', name))) return;
    try {
      await api.deleteCorpus(name);
      await app.reloadCorpora();
    } catch (error) {
      message(status, error.message, true);
    }
  }

  app.onCorpora.push(render);
  render();
  return view;
}

function uploadForm(app, status) {
  const name = h('input', { id: 'upload-name', required: true, pattern: '[A-Za-z0-9_.-]+', size: 16 });
  const file = h('input', { id: 'upload-file', type: 'file', required: true, accept: '.txt,.zip,.csv,.html,.htm' });
  const progress = h('progress', { id: 'upload-progress', max: 1, value: 0, hidden: true });
  const form = h('form', { id: 'upload-form', class: 'toolbar admin-control' },
    h('strong', {}, label('uploadTitle')), h('label', {}, label('corpusName'), ' ', name), file,
    h('button', { type: 'submit' }, label('upload')), progress);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    progress.hidden = false;
    try {
      await api.upload(name.value, file.files[0], (done) => { progress.value = done; });
      message(status, t('uploaded', name.value));
      form.reset();
      await app.reloadCorpora();
    } catch (error) {
      message(status, error.message, true);
    } finally {
      progress.hidden = true;
    }
  });
  return form;
}
