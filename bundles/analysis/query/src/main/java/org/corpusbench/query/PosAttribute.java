package org.corpusbench.query;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.corpusbench.api.Lexicon;

/**
 * {@code pos}: the token's part-of-speech tag, such as {@code n}, {@code ns} or {@code v}, in a corpus whose
 * segmenter tagged it. Unlike the other attributes its value belongs to the token, not to the type (发展 is
 * {@code v} here and {@code vn} there), so it is decided on the corpus's tag lexicon and the engine then runs
 * on the corpus's (type, tag) pairs ({@link TaggedCorpus}).
 */
final class PosAttribute implements TypeAttribute {
    static final String NAME = "pos";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the token's part-of-speech tag (jieba's tag set: n, ns, v, vn, ...), in a corpus with tags";
    }

    /** @param lexicon the corpus's tags ({@link org.corpusbench.api.CorpusView#tags()}) */
    @Override
    public String value(Lexicon lexicon, int tagId) {
        return lexicon.type(tagId);
    }

    @Override
    public boolean testsTag() {
        return true;
    }

    /** A literal tag is one look-up. */
    @Override
    public BitSet typesMatching(Lexicon lexicon, String regex, Pattern pattern, LexiconBudget budget) {
        if ((pattern.flags() & Pattern.CASE_INSENSITIVE) == 0 && regex.chars().allMatch(c -> Character.isLetterOrDigit(c))) {
            BitSet tags = new BitSet();
            int id = lexicon.id(regex);
            if (id >= 0) {
                tags.set(id);
            }
            return tags;
        }
        return TypeAttribute.super.typesMatching(lexicon, regex, pattern, budget);
    }
}
