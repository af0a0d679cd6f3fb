package org.corpusbench.analysis.selection;

/**
 * What a subcorpus may be called: as a corpus may (letters, Chinese included, digits, '.', '_' and
 * '-'), so that {@code @name} reads back every saved name and nothing else.
 */
final class SubcorpusNames {
    /** Ends the messages about a bad name. */
    static final String RULE = "use letters, digits, '.', '_' and '-'";

    private SubcorpusNames() {
    }

    static boolean isValid(String name) {
        return !name.isEmpty() && name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_'
                || c == '-');
    }
}
