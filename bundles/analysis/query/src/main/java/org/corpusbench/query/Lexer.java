package org.corpusbench.query;

import java.util.ArrayList;
import java.util.List;

/** Splits a query into tokens, resolving string escapes; every token keeps its start position for errors. */
final class Lexer {

    enum Kind { STRING, IDENT, NUMBER, FLAG, SYMBOL, END }

    /**
     * @param kind     what sort of token
     * @param text     symbol or identifier text, string value (escapes resolved), digits, or flag letters
     * @param position 0-based start in the query, in code points
     */
    record Tok(Kind kind, String text, int position) {
        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** How the token is named in "found ..." messages. */
        String describe() {
            return switch (kind) {
                case END -> "end of query";
                case STRING -> "string " + CqlPrinter.quote(text);
                case FLAG -> "flag '%" + text + "'";
                default -> "'" + text + "'";
            };
        }
    }

    private final String query;
    private int pos;

    private Lexer(String query) {
        this.query = query;
    }

    static List<Tok> tokenize(String query) {
        return new Lexer(query).run();
    }

    private List<Tok> run() {
        List<Tok> tokens = new ArrayList<>();
        while (true) {
            while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
                pos++;
            }
            if (pos >= query.length()) {
                tokens.add(new Tok(Kind.END, "", codePoints(pos)));
                return tokens;
            }
            tokens.add(next());
        }
    }

    /** Code points before a char index: positions in messages count what users see as characters. */
    private int codePoints(int charIndex) {
        return query.codePointCount(0, charIndex);
    }

    private Tok next() {
        Tok tok = read();
        return new Tok(tok.kind(), tok.text(), codePoints(tok.position()));
    }

    /** Reads one token; its position is still a char index. */
    private Tok read() {
        int start = pos;
        char c = query.charAt(pos);
        if (c == '"' || c == '\'') {
            return new Tok(Kind.STRING, string(c), start);
        }
        if (c == '!' && pos + 1 < query.length() && query.charAt(pos + 1) == '=') {
            pos += 2;
            return new Tok(Kind.SYMBOL, "!=", start);
        }
        if ("[](){},|&!=?*+".indexOf(c) >= 0) {
            pos++;
            return new Tok(Kind.SYMBOL, String.valueOf(c), start);
        }
        if (c == '%') {
            pos++;
            while (pos < query.length() && Character.isLetter(query.charAt(pos))) {
                pos++;
            }
            return new Tok(Kind.FLAG, query.substring(start + 1, pos), start);
        }
        if (c >= '0' && c <= '9') {
            while (pos < query.length() && query.charAt(pos) >= '0' && query.charAt(pos) <= '9') {
                pos++;
            }
            return new Tok(Kind.NUMBER, query.substring(start, pos), start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < query.length() && (Character.isLetterOrDigit(query.charAt(pos)) || query.charAt(pos) == '_')) {
                pos++;
            }
            return new Tok(Kind.IDENT, query.substring(start, pos), start);
        }
        int at = codePoints(start);
        throw new CqlSyntaxException(query, at,
                "Unexpected character '" + Character.toString(query.codePointAt(start)) + "' at position " + at);
    }

    /**
     * A quoted string. {@code \"} (or {@code \'}) and {@code \\} are the only escapes; any other backslash is
     * kept with the character after it, so a regex's own escapes such as {@code \d} pass through unchanged.
     */
    private String string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < query.length()) {
            char c = query.charAt(pos++);
            if (c == quote) {
                return value.toString();
            }
            if (c == '\\' && pos < query.length()) {
                char next = query.charAt(pos);
                if (next == quote || next == '\\') {
                    value.append(next);
                    pos++;
                    continue;
                }
            }
            value.append(c);
        }
        int at = codePoints(start);
        throw new CqlSyntaxException(query, at,
                "Unterminated string starting at position " + at + ": expected closing " + quote);
    }
}
