// Labels in English and Chinese; the choice is kept in the browser. Elements carry data-i18n="key".
const LABELS = {
  en: {
    title: 'Corpus Workbench', corpora: 'Corpora', concordance: 'Concordance', analyses: 'Analyses',
    name: 'Name', sources: 'Sources', documents: 'Documents', tokens: 'Tokens', types: 'Types', segmenter: 'Segmenter',
    created: 'Created', actions: 'Actions', noCorpora: 'No corpora yet.', upload: 'Upload', uploadTitle: 'Upload files or a zip',
    corpusName: 'Corpus name', delete: 'Delete', confirmDelete: 'Delete the corpus {0}?', uploaded: 'Loaded {0}',
    corpus: 'Corpus', query: 'CQL query', search: 'Search', examples: 'Examples', sort: 'Sort', hits: '{0} hits',
    page: 'Page {0} of {1}', previous: 'Previous', next: 'Next', left: 'Left context', node: 'Node', right: 'Right context',
    document: 'Document', close: 'Close', metadata: 'Metadata', cleanedText: 'Cleaned text', originalText: 'Original text',
    analysis: 'Analysis', run: 'Run', download: 'Download', rows: '{0} rows', chart: 'Chart', working: 'Working…',
    user: 'User: {0}', reader: 'reader', admin: 'admin', language: '中文',
    sortcorpus: 'corpus order', sortnode: 'node', sortleft1: '1st word left', sortleft2: '2nd word left',
    sortleft3: '3rd word left', sortright1: '1st word right', sortright2: '2nd word right', sortright3: '3rd word right',
    sortrandom: 'random',
  },
  zh: {
    title: '语料工作台', corpora: '语料库', concordance: '索引行', analyses: '分析',
    name: '名称', sources: '来源', documents: '文档', tokens: '词次', types: '词型', segmenter: '分词器',
    created: '创建时间', actions: '操作', noCorpora: '还没有语料库。', upload: '上传', uploadTitle: '上传文件或 zip',
    corpusName: '语料库名称', delete: '删除', confirmDelete: '删除语料库 {0}？', uploaded: '已载入 {0}',
    corpus: '语料库', query: 'CQL 查询', search: '检索', examples: '示例', sort: '排序', hits: '{0} 个结果',
    page: '第 {0} 页，共 {1} 页', previous: '上一页', next: '下一页', left: '左语境', node: '节点词', right: '右语境',
    document: '文档', close: '关闭', metadata: '元数据', cleanedText: '清洗后文本', originalText: '原文',
    analysis: '分析', run: '运行', download: '下载', rows: '{0} 行', chart: '图表', working: '处理中…',
    user: '用户：{0}', reader: '读者', admin: '管理员', language: 'English',
    sortcorpus: '语料顺序', sortnode: '节点词', sortleft1: '左一词', sortleft2: '左二词', sortleft3: '左三词',
    sortright1: '右一词', sortright2: '右二词', sortright3: '右三词', sortrandom: '随机',
  },
};

let language = localStorage.getItem('corpusbench.language') === 'zh' ? 'zh' : 'en';

export function currentLanguage() {
  return language;
}

/** The label of a key in the current language, {0}, {1}... replaced by the arguments; the key itself if unknown. */
export function t(key, ...args) {
  const text = LABELS[language][key] ?? LABELS.en[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}

/** Writes every data-i18n label below root again, e.g. after the language changed. */
export function applyLabels(root) {
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    const args = element.dataset.i18nArgs ? JSON.parse(element.dataset.i18nArgs) : [];
    element.textContent = t(element.dataset.i18n, ...args);
  });
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

export function toggleLanguage() {
  language = language === 'zh' ? 'en' : 'zh';
  localStorage.setItem('corpusbench.language', language);
}
