// The one place the page talks to the server: REST v1 (its OpenAPI document is BASE + '/openapi.json').
export const BASE = '/corpus/api/v1';
const PAGE = new URL('.', import.meta.url).pathname.replace(/\/$/, '');
/** Without a limit, a run answers the whole table up to the API's largest page, as callers that page it themselves expect. */
const WHOLE_TABLE = 10000;
/** Sent with every request: the API refuses a state-changing request without it (its cross-site check). */
const REQUESTED_BY = { 'X-Requested-By': 'corpusbench-page' };

/** An answer other than 2xx: the status and the server's message (the API's JSON errors carry it in "error"). */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const seg = encodeURIComponent;

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') search.append(name, value);
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

async function request(method, url, body) {
  const response = await fetch(url, { method, headers: REQUESTED_BY, body, credentials: 'same-origin' });
  if (!response.ok) {
    let message = response.statusText;
    try {
      const error = await response.json();
      message = error.error || error.message || message;
    } catch (ignored) { /* not JSON: the status text says it */ }
    throw new ApiError(response.status, message);
  }
  return response.status === 204 || response.headers.get('Content-Length') === '0' ? null : response.json();
}

const corpusPath = (corpus) => `${BASE}/corpora/${seg(corpus)}`;

export const api = {
  me: () => request('GET', PAGE + '/me'),
  corpora: () => request('GET', BASE + '/corpora'),
  /** One corpus: sizes, size on disk, provenance. */
  corpus: (corpus) => request('GET', corpusPath(corpus)),
  loadReport: (corpus) => request('GET', corpusPath(corpus) + '/report'),
  cleaningReport: (corpus) => request('GET', corpusPath(corpus) + '/cleaning'),
  subcorpora: (corpus) => request('GET', corpusPath(corpus) + '/subcorpora'),
  /** A page of documents, {total, offset, limit, documents}; selection is an expression such as "date>=2023-03-01 & page=1". */
  documents: (corpus, { offset, limit, selection } = {}) =>
    request('GET', corpusPath(corpus) + '/documents' + query({ offset, limit, selection })),
  /** A document with cleanedText, originalText, metadata and kept: [[cleanedFrom, cleanedTo, originalFrom, originalTo], ...]. */
  document: (corpus, id) => request('GET', `${corpusPath(corpus)}/documents/${seg(id)}`),
  concordance: (corpus, params) => request('GET', corpusPath(corpus) + '/concordance' + query(params)),
  analyses: () => request('GET', BASE + '/analyses'),
  /** The URL of an analysis's whole result as a download in a format (csv, json) with these parameters. */
  analysisUrl: (corpus, analysis, params, format) =>
    `${BASE}/analyses/${seg(analysis)}/export` + query({ ...params, corpus, format }),
  /**
   * A page of an analysis's table, {columns, rows, total, offset, limit}: params.offset and params.limit choose the
   * page (by default the whole table, up to 10000 rows); every other parameter is the analysis's own.
   */
  run: (corpus, analysis, params) =>
    request('GET', `${BASE}/analyses/${seg(analysis)}/run` + query({ limit: WHOLE_TABLE, ...params, corpus })),
  deleteCorpus: (corpus) => request('DELETE', corpusPath(corpus)),
  renameCorpus: (corpus, to) => request('POST', corpusPath(corpus) + '/rename' + query({ to })),
  /** Starts re-cleaning a corpus; answers the job. */
  reclean: (corpus) => request('POST', corpusPath(corpus) + '/reclean'),
  /** The user's jobs, newest first (an admin's: everyone's). */
  jobs: () => request('GET', BASE + '/jobs'),
  job: (id) => request('GET', `${BASE}/jobs/${seg(id)}`),
  cancelJob: (id) => request('DELETE', `${BASE}/jobs/${seg(id)}`),
  /**
   * Sends a file (text or zip) to become a new corpus (mode "create") or part of an existing one ("add"),
   * reporting the bytes sent as onProgress(fraction, bytesSent, bytesTotal); answers the job that loads it.
   */
  upload(corpus, file, onProgress, mode = 'create') {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', corpusPath(corpus) + query({ filename: file.name, mode }));
      xhr.withCredentials = true;
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.setRequestHeader('X-Requested-By', REQUESTED_BY['X-Requested-By']);
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress && onProgress(event.loaded / event.total, event.loaded, event.total);
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (ignored) { /* keep null */ }
        if (xhr.status >= 200 && xhr.status < 300) resolve(body);
        else reject(new ApiError(xhr.status, (body && body.error) || xhr.statusText));
      };
      xhr.onerror = () => reject(new ApiError(0, 'network error'));
      xhr.send(file);
    });
  },
};
