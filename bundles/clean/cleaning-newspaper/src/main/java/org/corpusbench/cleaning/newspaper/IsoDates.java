package org.corpusbench.cleaning.newspaper;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Dates as ISO 8601 text: {@code 2023-03-03}, or {@code --03-03} (month and day, the form XML Schema
 * calls gMonthDay) when the text gives no year.
 */
final class IsoDates {
    private IsoDates() {
    }

    /** @return the date, partial when {@code year} is null; null when it is no date (2月30日) */
    static String partial(String year, String month, String day) {
        try {
            MonthDay monthDay = MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
            return year == null ? monthDay.toString() : monthDay.atYear(Integer.parseInt(year)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Gives a partial date the year of the issue it was printed in, or the year before when the day
     * falls after the issue date (a December event in a January paper).
     *
     * @param date a full or partial date
     * @param issueDate the issue's date, or null
     * @return the completed date, or {@code date} as it was
     */
    static String complete(String date, String issueDate) {
        if (date == null || issueDate == null || !date.startsWith("--")) {
            return date;
        }
        try {
            LocalDate issue = LocalDate.parse(issueDate);
            LocalDate candidate = MonthDay.parse(date).atYear(issue.getYear());
            return (candidate.isAfter(issue) ? candidate.minusYears(1) : candidate).toString();
        } catch (DateTimeException e) {
            return date;
        }
    }
}
