package org.corpusbench.jieba.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenSink;
import org.corpusbench.api.UserDictionary;

/**
 * The {@code jieba} segmenter on one dictionary: jieba's own, with or without user dictionaries added.
 * Immutable; thread-safe.
 */
final class DictionaryJieba implements Segmenter {
    private final JiebaEngine engine;
    private final List<UserDictionary> dictionaries;
    /** Makes the segmenter with other dictionaries, so that engines are built and cached in one place. */
    private final Function<List<UserDictionary>, Segmenter> withOthers;

    DictionaryJieba(JiebaEngine engine, List<UserDictionary> dictionaries, Function<List<UserDictionary>, Segmenter> withOthers) {
        this.engine = engine;
        this.dictionaries = List.copyOf(dictionaries);
        this.withOthers = withOthers;
    }

    /** @return the user dictionaries' entries in order, as jieba's {@code add_word} takes them */
    static List<UserWords.UserWord> userWords(List<UserDictionary> dictionaries) {
        List<UserWords.UserWord> words = new ArrayList<>();
        dictionaries.forEach(dictionary -> dictionary.entries()
                .forEach(entry -> words.add(new UserWords.UserWord(entry.word(), entry.frequency(), entry.tag()))));
        return words;
    }

    JiebaEngine engine() {
        return engine;
    }

    @Override
    public List<Token> segment(String text) {
        return segment(text, SegmentationMode.ACCURATE, true);
    }

    /** Search mode adds, before each word, its two- and three-character dictionary words, as jieba does. */
    @Override
    public List<Token> segment(String text, SegmentationMode mode, boolean hmm) {
        List<Token> tokens = new ArrayList<>(text.length() / 2 + 1); // Chinese averages more than 1.5 characters a token
        JiebaEngine.SpanSink emitter = new TokenEmitter(text,
                (start, end, charStart, charEnd, type) -> tokens.add(new Token(text.substring(charStart, charEnd), start, end, type)));
        engine.cut(text, hmm, mode == SegmentationMode.SEARCH ? engine.forSearch(emitter) : emitter);
        return tokens;
    }

    /** Accurate mode with HMM, as {@link #segment(String)}, making neither a String nor a Token per word. */
    @Override
    public void segment(String text, TokenSink sink) {
        engine.cut(text, true, new TokenEmitter(text, sink));
    }

    /** The user dictionaries' entries follow this segmenter's own. */
    @Override
    public Segmenter withDictionaries(List<UserDictionary> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<UserDictionary> all = new ArrayList<>(dictionaries);
        all.addAll(added);
        return withOthers.apply(all);
    }

    /** See {@link CutStability} for the proof; a segmenter other than jieba proves nothing. */
    @Override
    public Predicate<String> cutsAlike(Segmenter earlier) {
        JiebaEngine before = earlier instanceof DictionaryJieba jieba ? jieba.engine
                : earlier instanceof Jieba lazy ? lazy.plain().engine : null;
        return before == null ? text -> false : new CutStability(before, engine);
    }

    /** jieba.cut and jieba.cut_for_search. */
    @Override
    public Set<SegmentationMode> modes() {
        return Set.of(SegmentationMode.ACCURATE, SegmentationMode.SEARCH);
    }

    /** The user dictionaries are not named here: the corpus's provenance records them, with their versions, under its own keys. */
    @Override
    public Map<String, String> provenance() {
        return Map.of("library", "Python jieba 0.42.1's algorithm, in Java", "mode", "cut (HMM on)",
                "dictionary.sha256", JiebaResources.sha256(JiebaResources.DICTIONARY),
                "hmm-model.sha256", JiebaResources.sha256(JiebaResources.MODEL));
    }
}
