package org.corpusbench.api.analysis;

import java.util.BitSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.query.Hits;

/**
 * The part-of-speech filter analyses that count words offer through {@link #parameter()}: a regular
 * expression on the tag ({@code n.*}, {@code v|vn}); only tokens whose whole tag matches are counted.
 * Every analysis applies it the same way, by running on {@link #apply the corpus with the other tokens
 * left out}, so they take no part anywhere: not in a count, a total, a document size or a distance, as
 * uncounted token types take none ({@link CountedTypes}). Immutable.
 *
 * @since 1.3
 */
public final class TagFilter {
    /** The name of the parameter {@link #parameter()} declares. */
    public static final String PARAMETER = "pos";

    private final String regex;
    private final Pattern pattern;

    private TagFilter(String regex, Pattern pattern) {
        this.regex = regex;
        this.pattern = pattern;
    }

    /** @return the standard parameter {@value #PARAMETER}, empty (every tag) by default */
    public static ParameterSpec parameter() {
        return new ParameterSpec(PARAMETER, ParameterType.STRING, "",
                "Count only tokens whose part-of-speech tag matches this regular expression (n.*, v|vn), in a corpus "
                        + "with tags; empty counts every token");
    }

    /**
     * @param parameters an analysis's bound parameters, among them {@link #parameter()}
     * @return the filter they ask for, or null if they ask for none (or lack the parameter, as callers
     *     that bind parameters by hand may)
     * @throws CorpusException if the value is not a regular expression
     */
    public static TagFilter of(Parameters parameters) {
        return parameters.asMap().get(PARAMETER) instanceof String regex ? of(regex) : null;
    }

    /**
     * @param regex a regular expression a whole tag must match, or empty (or null) for no filter
     * @return the filter, or null for none
     * @throws CorpusException if it is not a regular expression
     */
    public static TagFilter of(String regex) {
        if (regex == null || regex.isBlank()) {
            return null;
        }
        try {
            return new TagFilter(regex.strip(), Pattern.compile(regex.strip()));
        } catch (PatternSyntaxException e) {
            throw new CorpusException("Parameter '" + PARAMETER + "' is not a regular expression: " + e.getDescription()
                    + " in '" + regex + "'");
        }
    }

    /** @return the regular expression */
    public String regex() {
        return regex;
    }

    /**
     * @param tags a corpus's tags
     * @return the ids of the tags the filter keeps
     */
    public BitSet matching(Lexicon tags) {
        BitSet kept = new BitSet(tags.size());
        for (int id = 0; id < tags.size(); id++) {
            if (pattern.matcher(tags.type(id)).matches()) {
                kept.set(id);
            }
        }
        return kept;
    }

    /**
     * The corpus with only the tokens whose tag matches: their positions numbered anew
     * {@code 0..tokenCount()-1}, each type's frequency and positions those of its kept tokens.
     * Documents, their texts and offsets stay as they are. Reads every token's tag once.
     *
     * @param corpus a corpus with tags
     * @param gapsEndSentences whether a left-out token ends its sentence, so that nothing that stays
     *     within a sentence (an n-gram) reaches across it; otherwise only the corpus's own sentence ends do
     * @return the filtered view
     * @throws CorpusException naming the corpus if it has no tags
     */
    public TagFilteredCorpus apply(CorpusView corpus, boolean gapsEndSentences) {
        return apply(corpus, gapsEndSentences, Hits.NONE);
    }

    /**
     * As {@link #apply(CorpusView, boolean)}, keeping besides the tokens of some hits whatever their tags:
     * collocates of a node are filtered by tag, the node is not.
     *
     * @param corpus a corpus with tags
     * @param gapsEndSentences whether a left-out token ends its sentence
     * @param alsoKept hits in corpus order whose tokens stay
     * @return the filtered view, where {@link TagFilteredCorpus#viewHits} finds the hits
     * @throws CorpusException naming the corpus if it has no tags
     */
    public TagFilteredCorpus apply(CorpusView corpus, boolean gapsEndSentences, Hits alsoKept) {
        if (!corpus.hasTags()) {
            throw new CorpusException("Corpus '" + corpus.info().name() + "' has no part-of-speech tags, so parameter '"
                    + PARAMETER + "' cannot filter by them; load it with a segmenter that tags (jieba-pos) or from word/tag text");
        }
        return new TagFilteredCorpus(corpus, matching(corpus.tags()), gapsEndSentences, alsoKept);
    }
}
