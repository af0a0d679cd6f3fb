package org.corpusbench.analysis.trend;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a metadata value becomes the value a trend groups by. Month and year read ISO 8601 dates as
 * the workbench's cleaning writes them ({@code 2023-03-03}, or {@code --03-03} when the year is not
 * known) and cut them to {@code 2023-03} / {@code 2023}; a date without a year falls in the month
 * {@code --03} and the year {@value #NO_YEAR}.
 */
public enum Period {
    /** The value as it is. */
    VALUE,
    /** YYYY-MM of a date YYYY-MM or YYYY-MM-DD; --MM of --MM or --MM-DD. */
    MONTH,
    /** YYYY of a date YYYY, YYYY-MM or YYYY-MM-DD; {@value #NO_YEAR} of --MM or --MM-DD. */
    YEAR;

    /** The year of a date without one. */
    public static final String NO_YEAR = "(no year)";
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}(-\\d{2})?");

    /**
     * @param value a metadata value
     * @return the group it falls in, or null if it is not a date this period can cut
     */
    String group(String value) {
        if (this == VALUE) {
            return value;
        }
        if (!DATE.matcher(value).matches()) {
            return null;
        }
        boolean yearKnown = !value.startsWith("--");
        if (this == YEAR) {
            return yearKnown ? value.substring(0, 4) : NO_YEAR;
        }
        int monthEnd = yearKnown ? 7 : 4;
        return value.length() < monthEnd ? null : value.substring(0, monthEnd);
    }

    /** @return the dates this period can cut, for messages */
    String accepted() {
        return switch (this) {
            case VALUE -> "any value";
            case MONTH -> "ISO dates with a month (YYYY-MM-DD, YYYY-MM, --MM-DD, --MM)";
            case YEAR -> "ISO dates (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD, --MM)";
        };
    }

    /** @return how the period is written as a parameter value ({@code month}) */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value a parameter value
     * @return the period it names
     * @throws IllegalArgumentException if it names none (the registry has checked it already)
     */
    public static Period ofParameter(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
