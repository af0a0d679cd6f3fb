import { api } from './api.js';
import { h, label, message } from './dom.js';
import { bytes } from './format.js';
import { t } from './i18n.js';
import { follow, jobBar, progressText, stateLabel } from './jobs.js';

/**
 * Files or a zip to a new corpus or into an existing one: each file's bytes with a bar, then the job that loads it
 * (done/total, rate, time left) until it succeeds or fails; the first file makes the corpus, the others join it.
 */
export function uploadForm(app, status) {
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
