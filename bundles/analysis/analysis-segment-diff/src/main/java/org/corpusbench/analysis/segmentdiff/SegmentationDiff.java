package org.corpusbench.analysis.segmentdiff;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.Token;

/**
 * The maximal spans of one text where two segmentations of it disagree. A span starts where one
 * side has a token boundary the other lacks and ends at the next boundary both have; tokens both
 * sides cut alike (whitespace included) are agreement and belong to no span. So {@code 并为} split
 * {@code 并 为} by one side and kept whole by the other is one span with one token on one side and
 * two on the other, and two such spans next to each other stay two, since both sides cut between
 * them.
 */
public final class SegmentationDiff {
    private SegmentationDiff() {
    }

    /**
     * One span where the segmentations differ.
     *
     * @param start the code-point offset of its first character
     * @param end the code-point offset just after it
     * @param a the first segmentation's tokens that make up the span
     * @param b the second segmentation's tokens that make up the span
     */
    public record Disagreement(int start, int end, List<Token> a, List<Token> b) {
        /** Copies the token lists. */
        public Disagreement {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }
    }

    /**
     * @param a one segmentation: tokens in order, each starting where the one before ends
     * @param b another segmentation of the same text
     * @return the disagreements in text order; empty if both cut the text alike
     * @throws IllegalArgumentException if a segmentation leaves a gap, overlaps, has an empty token,
     *         or the two do not cover the same stretch of text
     */
    public static List<Disagreement> disagreements(List<Token> a, List<Token> b) {
        requireContiguous(a, "first");
        requireContiguous(b, "second");
        if (a.isEmpty() || b.isEmpty()) {
            if (a.isEmpty() != b.isEmpty()) {
                throw new IllegalArgumentException("One segmentation is empty and the other is not");
            }
            return List.of();
        }
        if (a.get(0).start() != b.get(0).start() || last(a).end() != last(b).end()) {
            throw new IllegalArgumentException("The segmentations cover different text: [" + a.get(0).start() + ", "
                    + last(a).end() + ") and [" + b.get(0).start() + ", " + last(b).end() + ")");
        }
        List<Disagreement> found = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size()) {
            // here both sides start a token at the same offset
            if (a.get(i).end() == b.get(j).end()) {
                i++;
                j++;
                continue;
            }
            int fromA = i;
            int fromB = j;
            int endA = a.get(i++).end();
            int endB = b.get(j++).end();
            while (endA != endB) {
                if (endA < endB) {
                    endA = a.get(i++).end();
                } else {
                    endB = b.get(j++).end();
                }
            }
            found.add(new Disagreement(a.get(fromA).start(), endA, a.subList(fromA, i), b.subList(fromB, j)));
        }
        return found;
    }

    private static void requireContiguous(List<Token> tokens, String which) {
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (token.end() == token.start()) {
                throw new IllegalArgumentException("The " + which + " segmentation has an empty token at code point "
                        + token.start());
            }
            if (t > 0 && token.start() != tokens.get(t - 1).end()) {
                throw new IllegalArgumentException("The " + which + " segmentation "
                        + (token.start() > tokens.get(t - 1).end() ? "leaves a gap" : "overlaps") + " at code point "
                        + tokens.get(t - 1).end());
            }
        }
    }

    private static Token last(List<Token> tokens) {
        return tokens.get(tokens.size() - 1);
    }
}
