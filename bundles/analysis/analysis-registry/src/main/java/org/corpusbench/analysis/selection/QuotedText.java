package org.corpusbench.analysis.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical layer of selection expressions: splitting at {@code &} and finding operators outside
 * double quotes, and reading a key or value that may be quoted. Inside quotes {@code \"} is a quote
 * and {@code \\} a backslash; any other backslash there is an error, so that a later escape can be
 * added without changing what existing expressions mean. Outside quotes a backslash is itself.
 */
final class QuotedText {
    /** Characters that start an operator and so end an unquoted key. */
    static final String OPERATOR_CHARACTERS = "=!<>~";

    private QuotedText() {
    }

    /**
     * @param expression the whole expression
     * @return its parts between the {@code &} that stand outside quotes, untrimmed
     * @throws IllegalArgumentException naming the problem if a quote is not closed
     */
    static List<String> splitAtAmpersands(String expression) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '&' && !quoted) {
                parts.add(expression.substring(start, i));
                start = i + 1;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a double quote is not closed");
        }
        parts.add(expression.substring(start));
        return parts;
    }

    /** @return the index of the first operator character outside quotes, or -1 if there is none */
    static int firstOperator(String term) {
        boolean quoted = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && OPERATOR_CHARACTERS.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads a key or value: a double-quoted text, or a bare one without spaces, quotes or operator
     * characters.
     *
     * @param raw the trimmed text
     * @param what "key" or "value", for messages
     * @return the text it stands for
     * @throws IllegalArgumentException naming the problem
     */
    static String read(String raw, String what) {
        if (raw.startsWith("\"")) {
            return unquote(raw, what);
        }
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new IllegalArgumentException("the " + what + " '" + raw + "' holds a space; put it in double quotes");
            }
            if (c == '"' || OPERATOR_CHARACTERS.indexOf(c) >= 0) {
                throw new IllegalArgumentException("the " + what + " '" + raw + "' holds '" + Character.toString(c)
                        + "'; put it in double quotes (a quote inside quotes is \\\")");
            }
            i += Character.charCount(c);
        }
        return raw;
    }

    private static String unquote(String raw, String what) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                if (i != raw.length() - 1) {
                    throw new IllegalArgumentException("the " + what + " " + raw + " goes on after its closing quote");
                }
                return text.toString();
            }
            if (c == '\\') {
                char escaped = i + 1 < raw.length() ? raw.charAt(++i) : ' ';
                if (escaped != '"' && escaped != '\\') {
                    throw new IllegalArgumentException("the " + what + " " + raw
                            + " has a backslash that is not \\\" or \\\\ (write a backslash as \\\\)");
                }
                c = escaped;
            }
            text.append(c);
        }
        throw new IllegalArgumentException("a double quote is not closed");
    }
}
