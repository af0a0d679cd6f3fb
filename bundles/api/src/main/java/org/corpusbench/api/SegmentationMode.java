package org.corpusbench.api;

/** How a segmenter cuts, in the terms of jieba, which researchers know. */
public enum SegmentationMode {
    /** One token per word, covering the text without overlaps ({@code jieba.cut}). */
    ACCURATE,
    /**
     * For search indexes: each word, preceded by the shorter dictionary words inside it, so tokens
     * overlap ({@code jieba.cut_for_search}).
     */
    SEARCH
}
