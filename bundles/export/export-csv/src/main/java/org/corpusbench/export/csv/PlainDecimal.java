package org.corpusbench.export.csv;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * A double in plain notation with the fewest digits that read back as the same double, trailing
 * zeros (and a point left bare) dropped. The digits come from Jackson's Schubfach writer
 * (Giulietti's algorithm, which is {@link Double#toString(double)} from Java 19 on): three times
 * faster than Java 17's, whose digits are the same except where it gives more than needed
 * (1.9999999999999998E23 for 2e23 and the like; both read back as the same double). The point is moved in the string
 * rather than through two BigDecimals per cell, which dominated writing a list of a million rows.
 * Most numbers a table holds are already plain in that text, and are only trimmed.
 */
final class PlainDecimal {
    private PlainDecimal() {
    }

    /**
     * @param number a finite double
     * @return it in plain notation: {@code 375000}, {@code 0.0001}, {@code -2.5}; zero (either sign) is {@code 0}
     */
    static String of(double number) {
        String text = NumberOutput.toString(number, true);
        if (text.indexOf('E') < 0 && number != 0) {
            // Already plain (10^-3 <= |d| < 10^7): the only zero it can end in is that of "5.0".
            return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        }
        boolean negative = text.charAt(0) == '-';
        int exponentAt = text.indexOf('E');
        int end = exponentAt < 0 ? text.length() : exponentAt;
        int exponent = exponentAt < 0 ? 0 : Integer.parseInt(text, exponentAt + 1, text.length(), 10);
        // Digits without sign and point; point = how many of them stand before the decimal point.
        char[] digits = new char[end];
        int count = 0;
        int point = 0;
        for (int i = negative ? 1 : 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                point = count;
            } else {
                digits[count++] = c;
            }
        }
        point += exponent;
        int from = 0;
        while (from < count && digits[from] == '0') {
            from++;
            point--;
        }
        while (count > from && digits[count - 1] == '0') {
            count--;
        }
        if (from == count) {
            return "0";
        }
        StringBuilder plain = new StringBuilder(count - from + Math.abs(point) + 3);
        if (negative) {
            plain.append('-');
        }
        int length = count - from;
        if (point <= 0) {
            plain.append("0.");
            for (int i = point; i < 0; i++) {
                plain.append('0');
            }
            plain.append(digits, from, length);
        } else if (point >= length) {
            plain.append(digits, from, length);
            for (int i = length; i < point; i++) {
                plain.append('0');
            }
        } else {
            plain.append(digits, from, point).append('.').append(digits, from + point, length - point);
        }
        return plain.toString();
    }
}
