package org.corpusbench.query;

import java.util.List;
import java.util.Objects;

/**
 * What a single token must satisfy: the boolean expression between {@code [} and {@code ]}.
 *
 * <p>Parentheses are not kept as nodes; the nesting of {@link And} and {@link Or} records the grouping,
 * so {@code (a & b) & c} and {@code a & b & c} are different (but equivalent) trees. That keeps
 * print-then-parse an exact identity.
 */
public sealed interface Constraint permits Constraint.Attribute, Constraint.And, Constraint.Or, Constraint.Not {

    /**
     * {@code attribute="pattern"} or {@code attribute!="pattern"}, optionally with {@code %c}.
     * The attribute name is kept as written so new token attributes (pos, lemma, ...) need no grammar change.
     *
     * @param attribute  attribute name, e.g. {@code word} or {@code type}
     * @param negated    {@code true} for {@code !=}
     * @param pattern    Java regular expression that must match the whole attribute value (escapes already resolved)
     * @param ignoreCase {@code true} when the {@code %c} flag was given
     */
    record Attribute(String attribute, boolean negated, String pattern, boolean ignoreCase) implements Constraint {
        public Attribute {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public String toString() {
            return CqlPrinter.print(this);
        }
    }

    /** All operands hold; at least two. */
    record And(List<Constraint> operands) implements Constraint {
        public And {
            operands = atLeastTwo(operands);
        }

        @Override
        public String toString() {
            return CqlPrinter.print(this);
        }
    }

    /** At least one operand holds; at least two. */
    record Or(List<Constraint> operands) implements Constraint {
        public Or {
            operands = atLeastTwo(operands);
        }

        @Override
        public String toString() {
            return CqlPrinter.print(this);
        }
    }

    /** The operand does not hold ({@code !x}). */
    record Not(Constraint operand) implements Constraint {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public String toString() {
            return CqlPrinter.print(this);
        }
    }

    private static <T> List<T> atLeastTwo(List<T> items) {
        List<T> copy = List.copyOf(items);
        if (copy.size() < 2) {
            throw new IllegalArgumentException("needs at least two operands, got " + copy.size());
        }
        return copy;
    }
}
