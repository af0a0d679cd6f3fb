// The one place the page talks to the server. Switching to another version of the REST API is the BASE line.
export const BASE = '/corpus/api';
const PAGE = new URL('.', import.meta.url).pathname.replace(/\/$/, '');

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
  const headers = { 'X-Requested-By': 'corpusbench-page' };
  const response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  if (!response.ok) {
    let message = response.statusText;
    try {
      const error = await response.json();
      message = error.error || error.message || message;
    } catch (ignored) { /* not JSON: the status text says it */ }
    throw new ApiError(response.status, message);
  }
  return response.status === 204 ? null : response.json();
}

export const api = {
  me: () => request('GET', PAGE + '/me'),
  corpora: () => request('GET', BASE + '/corpora'),
  analyses: () => request('GET', BASE + '/analyses'),
  document: (corpus, id) => request('GET', `${BASE}/corpora/${seg(corpus)}/documents/${seg(id)}`),
  /** The URL of an analysis's result in a format (csv, json) with these parameters: the same for a run and a download. */
  analysisUrl: (corpus, analysis, params, format) =>
    `${BASE}/corpora/${seg(corpus)}/analyses/${seg(analysis)}` + query({ ...params, format }),
  run: (corpus, analysis, params) => request('GET', api.analysisUrl(corpus, analysis, params, 'json')),
  deleteCorpus: (corpus) => request('DELETE', `${BASE}/corpora/${seg(corpus)}`),
  /** Uploads a file as a new corpus (or into an existing one), reporting the bytes sent as a fraction. */
  upload(corpus, file, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${BASE}/corpora/${seg(corpus)}` + query({ filename: file.name }));
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.setRequestHeader('X-Requested-By', 'corpusbench-page');
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
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
