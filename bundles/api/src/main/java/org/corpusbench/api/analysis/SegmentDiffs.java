package org.corpusbench.api.analysis;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where two segmenters split one text differently: every disagreement pattern with its count and
 * examples, as the {@code segment-diff} analysis gives it for a corpus. This service gives the same
 * table for a text that is not stored, so the console need not segment and compare by itself.
 * Thread-safe.
 *
 * @since 1.3
 */
@ProviderType
public interface SegmentDiffs {
    /**
     * @param text the text, taken as one document named {@code text}
     * @param segmenterA the first segmenter's name ({@code jieba})
     * @param segmenterB the second segmenter's name ({@code jieba-analysis})
     * @param examples at most this many example lines per pattern, 0 or more
     * @param minCount leave out patterns seen fewer times, 1 or more
     * @return the table the {@code segment-diff} analysis gives, most frequent pattern first
     * @throws org.corpusbench.api.CorpusException if a segmenter is not installed (naming those that
     *         are), {@code examples} is negative or {@code minCount} below 1
     */
    ResultTable compare(String text, String segmenterA, String segmenterB, int examples, long minCount);
}
