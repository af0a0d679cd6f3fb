package org.corpusbench.analysis.concordance;

import java.util.Locale;

/**
 * The orders of a concordance, as CQPweb's "Sort" control and AntConc's KWIC sort levels offer
 * them. A context sort compares the word at the chosen position, then, on a tie, the words at the
 * next two positions outward (AntConc's default levels 1R, 2R, 3R), then corpus order. A node sort
 * compares the hit's first {@value #NODE_LEVELS} words, then corpus order (CQPweb likewise sorts on at
 * most five positions): a {@code []* "x"} hit may be as long as its document, and every compared
 * word costs a pass over all hits. Words are compared in code-point order; a position outside the
 * hit's document sorts before every word.
 */
public enum KwicSort {
    /** Corpus order: document order, then position. */
    CORPUS(Side.NONE, 0),
    /**
     * The hit's first {@value #NODE_LEVELS} words, first to last (a shorter hit that is a prefix of
     * another sorts first), then corpus order.
     */
    NODE(Side.NODE, 0),
    /** From the word just before the hit, outward. */
    LEFT1(Side.LEFT, 1),
    /** From the second word before the hit, outward. */
    LEFT2(Side.LEFT, 2),
    /** From the third word before the hit, outward. */
    LEFT3(Side.LEFT, 3),
    /** From the word just after the hit, outward. */
    RIGHT1(Side.RIGHT, 1),
    /** From the second word after the hit, outward. */
    RIGHT2(Side.RIGHT, 2),
    /** From the third word after the hit, outward. */
    RIGHT3(Side.RIGHT, 3),
    /** A random order from a seed, the same for the same seed, corpus and query. */
    RANDOM(Side.NONE, 0);

    /** How many positions a context sort compares before falling back to corpus order. */
    public static final int CONTEXT_LEVELS = 3;
    /** How many of the hit's words a node sort compares before falling back to corpus order. */
    public static final int NODE_LEVELS = 3;

    /** Where a sort's words lie relative to the hit. */
    public enum Side {
        /** No words are compared. */
        NONE,
        /** The hit's words. */
        NODE,
        /** Words before the hit. */
        LEFT,
        /** Words after the hit. */
        RIGHT
    }

    private final Side side;
    private final int distance;

    KwicSort(Side side, int distance) {
        this.side = side;
        this.distance = distance;
    }

    /** @return where the compared words lie */
    public Side side() {
        return side;
    }

    /** @return for a context sort, the distance from the hit of the first word compared (1 = adjacent) */
    public int distance() {
        return distance;
    }

    /**
     * @param level 0 for the most significant word, then outward (along the hit, for a node sort)
     * @param start the hit's first position
     * @param end the position just after the hit
     * @return the token position this sort compares at that level; may lie outside the hit's
     *         document or the corpus
     * @throws IllegalStateException for a sort that compares no words
     */
    public int keyPosition(int level, int start, int end) {
        return switch (side) {
            case NODE -> start + level;
            case LEFT -> start - distance - level;
            case RIGHT -> end - 1 + distance + level;
            case NONE -> throw new IllegalStateException(this + " compares no words");
        };
    }

    /** @return the parameter value that names this sort ({@code right1}) */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value a parameter value such as {@code left2}
     * @return the sort it names
     * @throws IllegalArgumentException if it names none
     */
    public static KwicSort of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
