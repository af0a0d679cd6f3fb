package org.corpusbench.analysis.selection;

import java.util.regex.Pattern;
import org.corpusbench.api.CorpusException;

/**
 * The strict reading of parameter text shared by the parameter binder and the selection reader. The JDK's
 * number parsers are too lenient for input that arrives over HTTP: {@code Long.parseLong} takes
 * full-width and Arabic-Indic digits, {@code Double.parseDouble} takes {@code NaN},
 * {@code Infinity}, hex and a trailing {@code d}, and {@code String.trim} silently drops control
 * characters, so {@code selection=%00} used to mean "all".
 */
public final class ParameterText {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private ParameterText() {
    }

    /**
     * Refuses text with a control character (C0, DEL, C1) or a line or paragraph separator: none
     * belongs in a parameter, and they hide in logs, terminals and provenance. Format characters
     * (zero-width space, joiners, U+FEFF) are allowed, because they occur in real metadata, from
     * PDF extraction above all, and a selection must be able to match it.
     *
     * @param what how to name the text in the message ("parameter 'top'")
     * @throws CorpusException naming {@code what} and the character
     */
    public static void requirePrintable(String what, String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isControl(codePoint)) {
                throw new CorpusException("The " + what + " contains the control character " + codePoint(codePoint)
                        + " at position " + text.codePointCount(0, i) + ": '" + visible(text) + "'");
            }
            i += Character.charCount(codePoint);
        }
    }

    /** @return the text with every control character written as U+XXXX, fit for a message */
    public static String visible(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isControl(c)) {
                visible.append(codePoint(c));
            } else {
                visible.appendCodePoint(c);
            }
        });
        return visible.toString();
    }

    /** @throws NumberFormatException unless the text is ASCII digits with an optional sign, within range */
    public static long integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new NumberFormatException(text);
        }
        return Long.parseLong(text); // out of range: NumberFormatException
    }

    /**
     * @throws NumberFormatException unless the text is a plain ASCII decimal, optionally with an
     *     exponent, that is a finite double
     */
    public static double decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException(text);
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new NumberFormatException(text); // 1e999
        }
        return value;
    }

    /** @return whether the text is ASCII digits only, as a document index is written */
    public static boolean isDigits(String text) {
        return DIGITS.matcher(text).matches();
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String codePoint(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
