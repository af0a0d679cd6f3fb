package org.corpusbench.query;

import java.util.Arrays;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;

/**
 * Applies a matching strategy to candidate matches, each packed into a long as start (high int) and end
 * (low int), so millions of them take one array and sort as numbers. The rules are those
 * {@link QueryEngine} documents.
 */
final class MatchReducer {

    private MatchReducer() {
    }

    static long pack(int start, int end) {
        return ((long) start << 32) | end;
    }

    static int start(long pair) {
        return (int) (pair >>> 32);
    }

    static int end(long pair) {
        return (int) pair;
    }

    /**
     * @param pairs    candidates; sorted and cut to size in place
     * @param size     how many of {@code pairs} are used
     * @param strategy the rule
     * @return the hits, in corpus order
     */
    static Hits reduce(long[] pairs, int size, MatchStrategy strategy) {
        size = sortedUnique(pairs, size);
        return switch (strategy) {
            case SHORTEST -> minimal(pairs, size);
            case LONGEST -> maximal(pairs, size);
            case STANDARD -> earliestPerEnd(pairs, size);
        };
    }

    private static int sortedUnique(long[] pairs, int size) {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = pairs[i - 1] <= pairs[i];
        }
        if (!sorted) {
            Arrays.sort(pairs, 0, size);
        }
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (unique == 0 || pairs[unique - 1] != pairs[i]) {
                pairs[unique++] = pairs[i];
            }
        }
        return unique;
    }

    /** Keeps the matches that contain no other: the shortest end per start, and only if no later start ends as early. */
    private static Hits minimal(long[] pairs, int size) {
        int kept = 0;
        int minEndAfter = Integer.MAX_VALUE;
        for (int i = size - 1; i >= 0; ) {
            int start = start(pairs[i]);
            while (i > 0 && start(pairs[i - 1]) == start) {
                i--;
            }
            int end = end(pairs[i]);
            if (end < minEndAfter) {
                // filled from the back: the slot is at or after i, so nothing still to be read is overwritten
                pairs[size - 1 - kept++] = pairs[i];
                minEndAfter = end;
            }
            i--;
        }
        return hits(pairs, size - kept, size);
    }

    /** Keeps the matches no other contains: the longest end per start, and only if it reaches past every earlier one. */
    private static Hits maximal(long[] pairs, int size) {
        int kept = 0;
        int maxEndBefore = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            int start = start(pairs[i]);
            while (i + 1 < size && start(pairs[i + 1]) == start) {
                i++;
            }
            int end = end(pairs[i]);
            if (end > maxEndBefore) {
                pairs[kept++] = pairs[i];
                maxEndBefore = end;
            }
        }
        return hits(pairs, kept);
    }

    /** The shortest match of each start, then of those ending at the same place only the one starting first. */
    private static Hits earliestPerEnd(long[] pairs, int size) {
        int candidates = 0;
        int previousStart = -1;
        for (int i = 0; i < size; i++) {
            int start = start(pairs[i]);
            if (start != previousStart) {
                pairs[candidates++] = pack(end(pairs[i]), start); // by end, then start
                previousStart = start;
            }
        }
        Arrays.sort(pairs, 0, candidates);
        int kept = 0;
        for (int i = 0; i < candidates; i++) {
            if (i == 0 || start(pairs[i - 1]) != start(pairs[i])) { // the high int is the end here
                pairs[kept++] = pairs[i];
            }
        }
        for (int i = 0; i < kept; i++) {
            pairs[i] = pack(end(pairs[i]), start(pairs[i]));
        }
        Arrays.sort(pairs, 0, kept);
        return hits(pairs, kept);
    }

    private static Hits hits(long[] pairs, int size) {
        return hits(pairs, 0, size);
    }

    private static Hits hits(long[] pairs, int from, int to) {
        int[] starts = new int[to - from];
        int[] ends = new int[to - from];
        for (int i = from; i < to; i++) {
            starts[i - from] = start(pairs[i]);
            ends[i - from] = end(pairs[i]);
        }
        return new Hits(starts, ends);
    }
}
