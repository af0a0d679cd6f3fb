import { api } from './api.js';
import { analysesView } from './analyses.js';
import { concordanceView } from './concordance.js';
import { corporaView } from './corpora.js';
import { documentsView } from './documents.js';
import { h, label, message } from './dom.js';
import { applyLabels, toggleLanguage } from './i18n.js';

const VIEWS = { corpora: corporaView, documents: documentsView, concordance: concordanceView, analyses: analysesView };

/** Starts the page in #corpus-app: who the user is, the corpora and the analyses, then the tabs. */
async function start(root) {
  root.classList.add('corpus-app');
  message(root, '…');
  const app = { me: null, corpora: [], analyses: [], onCorpora: [], onAnalyses: [] };
  try {
    [app.me, app.corpora, app.analyses] = await Promise.all([api.me(), api.corpora(), api.analyses()]);
  } catch (error) {
    message(root, `${error.status || ''} ${error.message}`, true);
    return;
  }
  app.reloadCorpora = async () => {
    app.corpora = await api.corpora();
    app.onCorpora.forEach((listener) => listener());
  };
  // a bundle dropped into deploy/ a minute ago is in the list the next time the tab opens
  app.reloadAnalyses = async () => {
    app.analyses = await api.analyses();
    app.onAnalyses.forEach((listener) => listener());
  };
  const views = Object.fromEntries(Object.entries(VIEWS).map(([name, make]) => [name, make(app)]));
  const tabs = Object.keys(VIEWS).map((name) => h('button', { id: 'tab-' + name, class: 'tab', role: 'tab', onclick: () => show(name) },
    label(name)));
  const language = h('button', { id: 'language', class: 'link', onclick: () => { toggleLanguage(); applyLabels(document); } },
    label('language'));
  const header = h('header', { class: 'app-header' }, h('h1', {}, label('title')), h('nav', { role: 'tablist' }, tabs),
    h('span', { class: 'who', id: 'who', dataset: { admin: String(app.me.admin) } }, label('user', app.me.user), ' (',
      label(app.me.admin ? 'admin' : 'reader'), ')'), language);
  root.replaceChildren(header, ...Object.values(views));

  function show(name) {
    for (const [key, view] of Object.entries(views)) view.hidden = key !== name;
    tabs.forEach((tab) => tab.setAttribute('aria-selected', String(tab.id === 'tab-' + name)));
    location.hash = name;
    views[name].dispatchEvent(new Event('show')); // a view that loads its data lazily does it now
    if (name === 'analyses') app.reloadAnalyses().catch(() => { /* the list shown stays */ });
  }
  show(VIEWS[location.hash.slice(1)] ? location.hash.slice(1) : 'corpora');
  applyLabels(document);
}

const root = document.getElementById('corpus-app');
if (root) start(root);
