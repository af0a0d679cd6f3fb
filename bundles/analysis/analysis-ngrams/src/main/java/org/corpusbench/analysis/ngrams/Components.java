package org.corpusbench.analysis.ngrams;

import java.util.BitSet;
import org.corpusbench.api.Lexicon;
import org.corpusbench.analysis.ngrams.NGramOptions.Tokens;
import org.corpusbench.api.analysis.StopwordList;

/**
 * What each type contributes to an n-gram, computed once per run from the lexicon so that the scan
 * over the token stream reads only int arrays: for word n-grams a type's rank plus one (0 for a
 * type that breaks sequences), for character n-grams its code points plus one. Stopwords become a
 * bit per type (words) or per code point (characters: one-character entries of the list).
 */
final class Components {
    final boolean[] eligible;
    final int[] wordComponent;
    final int[] charStart;
    final int[] chars;
    final BitSet stopTypes = new BitSet();
    final BitSet stopChars = new BitSet();
    final int maxComponent;

    private Components(boolean[] eligible, int[] wordComponent, int[] charStart, int[] chars, int maxComponent) {
        this.eligible = eligible;
        this.wordComponent = wordComponent;
        this.charStart = charStart;
        this.chars = chars;
        this.maxComponent = maxComponent;
    }

    static Components words(Lexicon lexicon, Tokens tokens, StopwordList stopwords) {
        boolean[] eligible = eligibleTypes(lexicon, tokens);
        int[] component = new int[eligible.length];
        for (int type = 0; type < eligible.length; type++) {
            component[type] = eligible[type] ? lexicon.rank(type) + 1 : 0;
        }
        Components result = new Components(eligible, component, null, null, eligible.length);
        for (String word : stopwords.words()) {
            int type = lexicon.id(word);
            if (type >= 0) {
                result.stopTypes.set(type);
            }
        }
        return result;
    }

    static Components characters(Lexicon lexicon, Tokens tokens, StopwordList stopwords) {
        boolean[] eligible = eligibleTypes(lexicon, tokens);
        int[] start = new int[eligible.length + 1];
        int[] chars = new int[Math.max(16, eligible.length * 2)];
        int used = 0;
        int max = 1;
        for (int type = 0; type < eligible.length; type++) {
            start[type] = used;
            if (eligible[type]) {
                String text = lexicon.type(type);
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    if (used == chars.length) {
                        chars = java.util.Arrays.copyOf(chars, Math.addExact(used, used >> 1));
                    }
                    chars[used++] = cp + 1;
                    max = Math.max(max, cp + 1);
                }
            }
        }
        start[eligible.length] = used;
        Components result = new Components(eligible, null, start, chars, max);
        for (String word : stopwords.words()) {
            if (!word.isEmpty() && word.codePointCount(0, word.length()) == 1) {
                result.stopChars.set(word.codePointAt(0) + 1);
            }
        }
        return result;
    }

    private static boolean[] eligibleTypes(Lexicon lexicon, Tokens tokens) {
        boolean[] eligible = new boolean[lexicon.size()];
        for (int type = 0; type < eligible.length; type++) {
            eligible[type] = tokens == Tokens.ALL || lexicon.category(type).isWord();
        }
        return eligible;
    }
}
