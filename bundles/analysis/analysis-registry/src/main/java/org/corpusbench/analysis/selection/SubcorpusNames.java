package org.corpusbench.analysis.selection;

/**
 * Where {@code @name} ends in a selection expression. The repository alone decides which names a
 * subcorpus may have (the rule for corpus names); this only reads the characters such a name may
 * hold (letters, Chinese included, combining marks, digits, '.', '_' and '-'), so every saved
 * name reads back and an operator or space after it ends it.
 */
final class SubcorpusNames {
    /** Ends the messages about a bad name. */
    static final String RULE = "use letters, digits, '.', '_' and '-'";

    private SubcorpusNames() {
    }

    static boolean isValid(String name) {
        return !name.isEmpty() && name.codePoints().allMatch(SubcorpusNames::isNameCharacter);
    }

    private static boolean isNameCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || c == '.' || c == '_' || c == '-';
    }
}
