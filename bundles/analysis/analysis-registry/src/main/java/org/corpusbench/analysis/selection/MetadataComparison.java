package org.corpusbench.analysis.selection;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One comparison of a selection expression, {@code key op value}, tested against a document's value
 * for the key (null when the document lacks it). Immutable.
 *
 * <ul>
 * <li>A document that lacks the key matches only {@code !=}.</li>
 * <li>{@code =} matches equal text, and also equal numbers when both sides are numbers
 * ({@code page=1} matches {@code 01} and {@code 1.0}); {@code !=} matches exactly where {@code =}
 * does not.</li>
 * <li>{@code ~} matches a value that contains the text ({@code reporters~赵宗锋}); {@code ~""} every
 * document that has the key.</li>
 * <li>{@code < <= > >=} need a number or an ISO date {@code yyyy-MM-dd} on the right, or the
 * expression is refused. They compare numerically with document values that are numbers, as dates
 * with document values that are ISO dates, and never match any other document value: a partial date
 * such as {@code --03-05} (no year) is not comparable with a full date, so {@code date>=2023-03-01}
 * leaves such documents out.</li>
 * </ul>
 *
 * <p>A number is ASCII {@code [+-]digits[.digits]}; an ISO date is ASCII {@code yyyy-MM-dd} naming a
 * real day.
 *
 * @param key the metadata key, or {@link #ID} or {@link #SOURCE}
 * @param operator how to compare
 * @param value the text on the right
 */
record MetadataComparison(String key, Operator operator, String value) {
    /** The key that means the document id rather than a metadata entry. */
    static final String ID = "id";
    /** The key that means the source id rather than a metadata entry. */
    static final String SOURCE = "source";

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The comparison operators, longest first so that {@code <=} is not read as {@code <}. */
    enum Operator {
        NOT_EQUAL("!="), AT_MOST("<="), AT_LEAST(">="), EQUAL("="), CONTAINS("~"), BELOW("<"), ABOVE(">");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        boolean orders() {
            return this == AT_MOST || this == AT_LEAST || this == BELOW || this == ABOVE;
        }

        boolean accepts(int comparison) {
            return switch (this) {
                case AT_MOST -> comparison <= 0;
                case AT_LEAST -> comparison >= 0;
                case BELOW -> comparison < 0;
                case ABOVE -> comparison > 0;
                default -> throw new IllegalStateException(symbol + " does not order");
            };
        }
    }

    /**
     * @param actual the document's value for the key, or null if it has none
     * @return whether the document matches
     */
    boolean test(String actual) {
        if (actual == null) {
            return operator == Operator.NOT_EQUAL;
        }
        return switch (operator) {
            case EQUAL -> same(actual);
            case NOT_EQUAL -> !same(actual);
            case CONTAINS -> actual.contains(value);
            default -> ordered(actual);
        };
    }

    private boolean same(String actual) {
        if (actual.equals(value)) {
            return true;
        }
        BigDecimal expected = number(value);
        BigDecimal found = expected == null ? null : number(actual);
        return found != null && found.compareTo(expected) == 0;
    }

    private boolean ordered(String actual) {
        BigDecimal expectedNumber = number(value);
        if (expectedNumber != null) {
            BigDecimal found = number(actual);
            return found != null && operator.accepts(found.compareTo(expectedNumber));
        }
        LocalDate found = date(actual);
        return found != null && operator.accepts(found.compareTo(date(value)));
    }

    /** @return the number the text writes, or null if it is not a number */
    static BigDecimal number(String text) {
        return NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** @return the day the text writes as yyyy-MM-dd, or null if it is not one */
    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text); // strict: 2023-02-30 is no date
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return whether the text is shaped like yyyy-MM-dd, whether or not it names a real day */
    static boolean looksLikeDate(String text) {
        return DATE.matcher(text).matches();
    }
}
