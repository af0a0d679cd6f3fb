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
    // charts, the frequency breakdown and the dispersion plot
    chartMeasure: 'Measure', chart_bar: 'Bar chart', chart_cloud: 'Word cloud', chart_line: 'Line', chart_network: 'Network',
    chart_diverging: 'Diverging bars', chart_dispersion: 'Plot', chart_slices: 'Slices', breakdown: 'Frequency breakdown',
    groupBy: 'Group by', group_form: 'word form', group_metadata: 'metadata', metadataKey: 'Key', dispersion: 'Dispersion plot',
    dispersionUnit: 'Along', perDocument: 'each document', equalSlices: 'the corpus in equal slices', slices: 'Slices',
    table: 'Table',
    // corpora, jobs, documents and the reader view
    onDisk: 'On disk', details: 'Details', reclean: 'Re-clean', rename: 'Rename', renameTo: 'New name for the corpus {0}:',
    renamed: 'Renamed {0} to {1}', recleaning: 'Re-cleaning {0}', recleaned: 'Re-cleaned {0}', mode: 'Into',
    modeCreate: 'a new corpus', modeAdd: 'an existing corpus', sending: 'Sending {0}', loading: 'Loading {0}',
    provenance: 'Provenance', sentences: 'Sentences', loadReport: 'Load report', cleaningReport: 'Cleaning report',
    source: 'Source', outcome: 'Outcome', encoding: 'Encoding', confidence: 'Confidence', undecodable: 'Undecodable bytes',
    problem: 'Problem', articles: 'Articles', steps: 'Steps and their counts', outcome_read: 'read', outcome_damaged: 'damaged',
    outcome_skipped: 'skipped', jobs: 'Jobs', noJobs: 'No jobs.', allJobs: 'Show all {0} jobs', jobTitle: 'Job', owner: 'User', state: 'State',
    progress: 'Progress', result: 'Result or error', cancel: 'Cancel', perSecond: '{0}/s', secondsLeft: '{0} left',
    state_queued: 'queued', state_running: 'running', state_succeeded: 'succeeded', state_failed: 'failed',
    state_cancelled: 'cancelled', selection: 'Selection', filter: 'Filter', clearFilter: 'All documents',
    subcorpora: 'Subcorpora', documentCount: '{0} documents', documentId: 'Document ID', noDocuments: 'No documents.',
    meta_headline: 'Headline', meta_reporters: 'Reporters', meta_date: 'Date', meta_page: 'Page', meta_section: 'Section',
    meta_subheadline: 'Subheadline', meta_dateline: 'Dateline', meta_agency: 'Agency', meta_place: 'Place',
    meta_furniture: 'Page furniture', meta_issue: 'Issue',
    meta_issue_date: 'Issue date', meta_kicker: 'Kicker', meta_author: 'Author', meta_title: 'Title',
    legend: 'Marks', legendKey: 'key', legend_joined: 'line break joined', legend_metadata: 'moved to metadata',
    legend_replaced: 'replaced', legend_removed: 'removed', legend_inserted: 'written by cleaning', legend_hit: 'hit',
    movedTo: 'Moved to metadata: {0}', replacedBy: 'Replaced by “{0}”',
    noKept: 'This server does not say which text cleaning kept, so the original is shown unmarked.',
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
    // 图表、频次分布与离散图
    chartMeasure: '指标', chart_bar: '柱状图', chart_cloud: '词云', chart_line: '折线图', chart_network: '网络图',
    chart_diverging: '双向条形图', chart_dispersion: '分布图', chart_slices: '分段', breakdown: '频次分布',
    groupBy: '分组依据', group_form: '词形', group_metadata: '元数据', metadataKey: '字段', dispersion: '离散图',
    dispersionUnit: '范围', perDocument: '逐篇文档', equalSlices: '全语料等分', slices: '分段数',
    table: '表格',
    // corpora, jobs, documents and the reader view
    onDisk: '磁盘占用', details: '详情', reclean: '重新清洗', rename: '重命名', renameTo: '语料库 {0} 的新名称：',
    renamed: '已将 {0} 重命名为 {1}', recleaning: '正在重新清洗 {0}', recleaned: '已重新清洗 {0}', mode: '载入到',
    modeCreate: '新语料库', modeAdd: '已有语料库', sending: '正在上传 {0}', loading: '正在载入 {0}',
    provenance: '来源信息', sentences: '句子', loadReport: '载入报告', cleaningReport: '清洗报告',
    source: '来源', outcome: '结果', encoding: '编码', confidence: '置信度', undecodable: '无法解码的字节',
    problem: '问题', articles: '文章', steps: '步骤及计数', outcome_read: '已读取', outcome_damaged: '有损坏',
    outcome_skipped: '已跳过', jobs: '任务', noJobs: '没有任务。', allJobs: '显示全部 {0} 个任务', jobTitle: '任务', owner: '用户', state: '状态',
    progress: '进度', result: '结果或错误', cancel: '取消', perSecond: '每秒 {0}', secondsLeft: '剩余 {0}',
    state_queued: '排队中', state_running: '运行中', state_succeeded: '已完成', state_failed: '失败',
    state_cancelled: '已取消', selection: '筛选条件', filter: '筛选', clearFilter: '全部文档',
    subcorpora: '子语料库', documentCount: '{0} 篇文档', documentId: '文档 ID', noDocuments: '没有文档。',
    meta_headline: '标题', meta_reporters: '记者', meta_date: '日期', meta_page: '版次', meta_section: '栏目',
    meta_subheadline: '副标题', meta_dateline: '电头', meta_agency: '通讯社', meta_place: '地点',
    meta_furniture: '版面信息', meta_issue: '期号',
    meta_issue_date: '出版日期', meta_kicker: '引题', meta_author: '作者', meta_title: '题目',
    legend: '标记', legendKey: '字段', legend_joined: '合并的换行', legend_metadata: '移入元数据',
    legend_replaced: '被替换', legend_removed: '被删除', legend_inserted: '清洗时写入', legend_hit: '检索结果',
    movedTo: '移入元数据：{0}', replacedBy: '替换为“{0}”',
    noKept: '服务器未说明清洗保留了哪些文本，原文未作标记。',
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
