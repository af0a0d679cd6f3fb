package org.corpusbench.export.csv;

/**
 * Keeps spreadsheets from evaluating text as formulas (OWASP "CSV Injection", CWE-1236). Quoting
 * a cell does not help: Excel, LibreOffice and Google Sheets still evaluate {@code "=1+1"}. What
 * does help is what OWASP recommends: a cell that starts with {@code = + - @}, tab or carriage
 * return gets a leading apostrophe, which spreadsheets take as "this is text". NUL is added to
 * the set because OWASP ASVS 5.0 (1.2.10) lists it too. Full-width forms such as U+FF1D are left
 * alone: neither document names them.
 *
 * <p>The apostrophe changes the text a plain CSV reader sees, so only text is guarded: numbers
 * written by the exporter stay numbers, and a negative count must not become {@code '-3}.
 */
final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r\0";

    private FormulaGuard() {
    }

    /** @return the text of a cell, with an apostrophe in front if a spreadsheet would evaluate it */
    static String cell(String text) {
        return !text.isEmpty() && isTrigger(text.charAt(0)) ? "'" + text : text;
    }

    /**
     * Guards the text of an unquoted {@code #} line. Spreadsheets know nothing of comments: they
     * split such a line into cells at commas (semicolons in some locales) and honour quotes in it,
     * so text such as {@code selection=x,=HYPERLINK(...)} in a parameter would start a formula
     * cell. Every stretch after a separator that starts, past spaces and quotes, with a trigger
     * gets an apostrophe there; quotes are doubled so that none can open a quoted cell that runs
     * on into the rows below and moves their cell boundaries.
     */
    static String comment(String text) {
        StringBuilder guarded = new StringBuilder(text.length() + 8);
        boolean cellStart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && isTrigger(c)) {
                guarded.append('\'');
            }
            if (c != ' ' && c != '"') {
                cellStart = c == ',' || c == ';';
            }
            guarded.append(c);
            if (c == '"') {
                guarded.append('"');
            }
        }
        return guarded.toString();
    }

    private static boolean isTrigger(char c) {
        return TRIGGERS.indexOf(c) >= 0;
    }
}
