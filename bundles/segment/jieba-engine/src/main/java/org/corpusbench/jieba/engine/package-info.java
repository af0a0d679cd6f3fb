/**
 * Python jieba 0.42.1's segmentation in Java, with its dictionary and models, as plain Java that other
 * programs (a Spark job) call without OSGi: {@link org.corpusbench.jieba.engine.Jieba} is the
 * {@code jieba} segmenter ({@code jieba.cut}, {@code cut(HMM=False)}, {@code cut_for_search}) and
 * {@link org.corpusbench.jieba.engine.JiebaPos} the {@code jieba-pos} one ({@code jieba.posseg.cut}),
 * each with user dictionaries added as {@code load_userdict} adds them
 * ({@link org.corpusbench.api.Segmenter#withDictionaries}). The engine, dictionary, trie and models
 * behind them stay package-private. Public, not exported: the bundle's services are the segmenters and
 * the {@code jieba} reference list in {@code internal}.
 */
package org.corpusbench.jieba.engine;
