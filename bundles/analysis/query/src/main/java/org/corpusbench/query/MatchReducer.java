package org.corpusbench.query;

import java.util.Arrays;
import java.util.BitSet;
import org.corpusbench.api.query.MatchStrategy;

/**
 * Applies a matching strategy to the candidate matches of one document at a time: matches never leave
 * their document, so the rules {@link QueryEngine} documents can be applied per document and memory is
 * bounded by the document's length, however many anchors share its starts. Each strategy needs only one
 * end per start (the shortest for SHORTEST and STANDARD, the longest for LONGEST), kept in an int array
 * indexed by start minus the document's start. Not thread-safe; one instance per search.
 */
final class MatchReducer {

    private static final int NONE = -1;

    private final MatchStrategy strategy;
    private final boolean keepLongest;
    private int[] endAt = new int[0];
    /** Ends already reported in this document, by end minus the document's start (STANDARD only). */
    private final BitSet endTaken = new BitSet();
    private int documentStart;
    private int low;
    private int high;

    MatchReducer(MatchStrategy strategy) {
        this.strategy = strategy;
        this.keepLongest = strategy == MatchStrategy.LONGEST;
    }

    /** Starts a document; candidates must lie in {@code from..to-1}. */
    void beginDocument(int from, int to) {
        if (endAt.length < to - from) {
            endAt = new int[Math.max(to - from, (int) Math.min(Integer.MAX_VALUE - 8, 2L * endAt.length))];
            Arrays.fill(endAt, NONE);
        }
        documentStart = from;
        low = Integer.MAX_VALUE;
        high = -1;
    }

    /** A match {@code start..end-1} of the current document. */
    void add(int start, int end) {
        int i = start - documentStart;
        int kept = endAt[i];
        if (kept == NONE || (keepLongest ? end > kept : end < kept)) {
            endAt[i] = end;
        }
        low = Math.min(low, i);
        high = Math.max(high, i);
    }

    /** Reports the current document's hits in corpus order and forgets its candidates. */
    void endDocument(HitList hits) {
        if (high < 0) {
            return;
        }
        switch (strategy) {
            case SHORTEST -> keepMinimal();
            case LONGEST -> keepMaximal();
            case STANDARD -> keepEarliestPerEnd();
        }
        for (int i = low; i <= high; i++) {
            if (endAt[i] != NONE) {
                hits.add(documentStart + i, endAt[i]);
                endAt[i] = NONE;
            }
        }
    }

    /** The matches that contain no other: dropped if a later start ends as early. */
    private void keepMinimal() {
        int minEndAfter = Integer.MAX_VALUE;
        for (int i = high; i >= low; i--) {
            if (endAt[i] != NONE) {
                if (endAt[i] < minEndAfter) {
                    minEndAfter = endAt[i];
                } else {
                    endAt[i] = NONE;
                }
            }
        }
    }

    /** The matches no other contains: dropped unless reaching past every earlier start's end. */
    private void keepMaximal() {
        int maxEndBefore = Integer.MIN_VALUE;
        for (int i = low; i <= high; i++) {
            if (endAt[i] != NONE) {
                if (endAt[i] > maxEndBefore) {
                    maxEndBefore = endAt[i];
                } else {
                    endAt[i] = NONE;
                }
            }
        }
    }

    /** Of the shortest matches per start, those ending at the same place: only the one starting first. */
    private void keepEarliestPerEnd() {
        for (int i = low; i <= high; i++) {
            if (endAt[i] != NONE) {
                int end = endAt[i] - documentStart;
                if (endTaken.get(end)) {
                    endAt[i] = NONE;
                } else {
                    endTaken.set(end);
                }
            }
        }
        endTaken.clear();
    }
}
