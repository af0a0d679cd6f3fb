package org.corpusbench.analysis.segmentdiff;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/** Hand-made segmentations for tests. */
final class Segmentations {
    private Segmentations() {
    }

    /** @return tokens of a text written with {@code |} between tokens ({@code 并为|一体}), code-point offsets */
    static List<Token> tokens(String segmented) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : segmented.split("\\|", -1)) {
            int length = word.codePointCount(0, word.length());
            tokens.add(new Token(word, offset, offset + length, TokenType.classify(word)));
            offset += length;
        }
        return tokens;
    }
}
