package org.corpusbench.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of a query that matches a run of tokens: one token, a sequence, alternatives or a repetition.
 *
 * <p>As with {@link Constraint}, parentheses are not nodes of their own: {@code ("a" "b") "c"} is a
 * sequence whose first element is a sequence. The printer puts parentheses back wherever a child is
 * itself compound, so printing and parsing again gives an equal tree.
 */
public sealed interface Node permits Node.Token, Node.Sequence, Node.Alternation, Node.Repeat {

    /**
     * One token. An empty constraint is {@code []}, which matches any token.
     *
     * @param constraint what the token must satisfy, empty for {@code []}
     */
    record Token(Optional<Constraint> constraint) implements Node {
        public Token {
            Objects.requireNonNull(constraint, "constraint");
        }

        /** {@code []}: any token. */
        public static Token any() {
            return new Token(Optional.empty());
        }

        /** A token with the given constraint. */
        public static Token of(Constraint constraint) {
            return new Token(Optional.of(constraint));
        }

        @Override
        public String toString() {
            return CqlPrinter.print(this);
        }
    }

    /** Elements matched one after the other; at least two. */
    record Sequence(List<Node> elements) implements Node {
        public Sequence {
            elements = List.copyOf(elements);
            if (elements.size() < 2) {
                throw new IllegalArgumentException("a sequence needs at least two elements");
            }
        }

        @Override
        public String toString() {
            return CqlPrinter.print(this);
        }
    }

    /** Any one of the alternatives; at least two. */
    record Alternation(List<Node> alternatives) implements Node {
        public Alternation {
            alternatives = List.copyOf(alternatives);
            if (alternatives.size() < 2) {
                throw new IllegalArgumentException("an alternation needs at least two alternatives");
            }
        }

        @Override
        public String toString() {
            return CqlPrinter.print(this);
        }
    }

    /**
     * The body repeated between {@code min} and {@code max} times. {@code ?}, {@code *} and {@code +}
     * are {@code {0,1}}, {@code {0,}} and {@code {1,}}.
     *
     * @param body what is repeated
     * @param min  least number of repetitions, 0..{@value #MAX_BOUND}
     * @param max  most repetitions, min..{@value #MAX_BOUND}, or {@link #UNBOUNDED}
     */
    record Repeat(Node body, int min, int max) implements Node {
        /** {@code max} of an open repetition such as {@code {2,}} or {@code *}. */
        public static final int UNBOUNDED = -1;
        /** Largest bound a query may give; keeps the number of match lengths the engine must try small. */
        public static final int MAX_BOUND = 100;

        public Repeat {
            Objects.requireNonNull(body, "body");
            if (min < 0 || min > MAX_BOUND) {
                throw new IllegalArgumentException("min must be in 0.." + MAX_BOUND + ": " + min);
            }
            if (max != UNBOUNDED && (max < min || max > MAX_BOUND)) {
                throw new IllegalArgumentException("max must be in min.." + MAX_BOUND + " or unbounded: " + max);
            }
        }

        /** Whether there is no upper bound. */
        public boolean unbounded() {
            return max == UNBOUNDED;
        }

        @Override
        public String toString() {
            return CqlPrinter.print(this);
        }
    }
}
