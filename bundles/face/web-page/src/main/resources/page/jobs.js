import { api } from './api.js';
import { h, label, message } from './dom.js';
import { number } from './format.js';

const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);
/** How often a running job is asked again: often enough for a bar that moves, rarely enough to cost nothing. */
const POLL_MILLIS = 700;
/** Jobs listed before "show all": the running ones and the latest finished fit; the rest is history. */
const SHOWN = 8;

export const isFinished = (job) => FINISHED.has(job.state);
const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));

/** Asks for a job until it has finished, calling onUpdate with every state seen; resolves with the finished job. */
export async function follow(job, onUpdate) {
  let current = job;
  onUpdate?.(current);
  while (!isFinished(current)) {
    await sleep(POLL_MILLIS);
    current = await api.job(current.id);
    onUpdate?.(current);
  }
  return current;
}

/** "12 / 40 · 3.2/s · 9 s left": what the job has done, its rate and the time left, as far as it knows them. */
export function progressText(job) {
  const parts = [];
  if (job.total > 0) parts.push(`${number(job.done)} / ${number(job.total)}`);
  else if (job.done > 0) parts.push(number(job.done));
  if (job.unitsPerSecond > 0) parts.push(label('perSecond', rate(job.unitsPerSecond)));
  if (job.secondsLeft !== null && job.secondsLeft !== undefined && !isFinished(job)) parts.push(label('secondsLeft', duration(job.secondsLeft)));
  return parts.flatMap((part, i) => (i ? [' · ', part] : [part]));
}

const rate = (perSecond) => (perSecond >= 10 ? number(Math.round(perSecond)) : perSecond.toFixed(1));

function duration(seconds) {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A bar for a job: determinate once the job knows its total, else indeterminate while it runs. */
export function jobBar(job, attributes = {}) {
  const bar = h('progress', { ...attributes, max: 1 });
  if (job.total > 0) bar.value = Math.min(1, job.done / job.total);
  else if (isFinished(job)) bar.value = job.state === 'succeeded' ? 1 : 0;
  else bar.removeAttribute('value');
  return bar;
}

/** A job's state as a label: its stage while it runs, its error if it failed. */
export function stateLabel(job) {
  const state = h('span', { class: 'job-state state-' + job.state }, label('state_' + job.state));
  return job.stage && !isFinished(job) ? [state, ': ', job.stage] : state;
}

/**
 * The user's jobs (an admin's: everyone's), read from the API, so the list survives a reload of the page; asked
 * again while any job runs. Unfinished jobs can be cancelled. Calls app.reloadCorpora when a job finishes, since most
 * jobs change a corpus.
 */
export function jobsPanel(app) {
  const status = h('div', { id: 'jobs-status' });
  const table = h('table', { id: 'jobs-table', class: 'grid' });
  const panel = h('section', { id: 'jobs-panel', class: 'panel-box' }, h('h2', {}, label('jobs')), status,
    h('div', { class: 'scroll' }, table));
  let unfinished = new Set();
  let timer = null;
  let all = false;
  let last = [];

  async function refresh() {
    clearTimeout(timer);
    let jobs;
    try {
      jobs = await api.jobs();
      message(status, '');
    } catch (error) {
      message(status, error.message, true);
      return;
    }
    const running = new Set(jobs.filter((job) => !isFinished(job)).map((job) => job.id));
    const ended = [...unfinished].some((id) => !running.has(id));
    unfinished = running;
    last = jobs;
    render(jobs);
    if (ended) app.reloadCorpora().catch(() => { /* the list shown stays */ });
    if (running.size) timer = setTimeout(refresh, POLL_MILLIS * 2);
  }

  function render(jobs) {
    const head = h('tr', {}, ['jobTitle', app.me.admin ? 'owner' : null, 'state', 'progress', 'created', 'result', '']
      .filter((key) => key !== null).map((key) => h('th', {}, key ? label(key) : '')));
    const shown = all ? jobs : jobs.filter((job, i) => i < SHOWN || !isFinished(job));
    const rows = shown.map((job) => h('tr', { class: 'job', dataset: { job: job.id, state: job.state } },
      h('td', {}, job.title),
      app.me.admin ? h('td', {}, job.owner) : null,
      h('td', {}, stateLabel(job)),
      h('td', { class: 'job-progress' }, jobBar(job), ' ', progressText(job)),
      h('td', { class: 'time' }, localTime(job.created)),
      h('td', { class: job.error ? 'job-error' : null }, job.error ?? job.result ?? ''),
      h('td', {}, isFinished(job) ? '' : h('button', { type: 'button', class: 'cancel-job', onclick: () => cancel(job.id) },
        label('cancel')))));
    const more = jobs.length > shown.length ? h('tr', {}, h('td', { colspan: 7 }, h('button', { type: 'button', class: 'link',
      id: 'jobs-all', onclick: () => { all = true; render(last); } }, label('allJobs', jobs.length)))) : null;
    table.replaceChildren(h('thead', {}, head), h('tbody', {}, rows.length ? rows
      : h('tr', {}, h('td', { colspan: 7 }, label('noJobs'))), more));
  }

  async function cancel(id) {
    try {
      await api.cancelJob(id);
    } catch (error) {
      message(status, error.message, true);
    }
    await refresh();
  }

  app.refreshJobs = refresh;
  refresh();
  return panel;
}

/** An ISO 8601 instant as local "2026-11-30 08:12:03". */
export function localTime(instant) {
  if (!instant) return '';
  const time = new Date(instant);
  const pad = (n) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
}
