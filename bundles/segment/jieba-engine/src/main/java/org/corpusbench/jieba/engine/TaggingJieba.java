package org.corpusbench.jieba.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenSink;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.UserDictionary;

/**
 * The {@code jieba-pos} segmenter on one dictionary: jieba's own, with or without user dictionaries
 * added (whose tags then tag their words). Immutable; thread-safe.
 */
final class TaggingJieba implements Segmenter {
    private final PosSegmenter posseg;
    private final List<UserDictionary> dictionaries;
    /** Makes the segmenter with other dictionaries, so that engines are built and cached in one place. */
    private final Function<List<UserDictionary>, Segmenter> withOthers;

    TaggingJieba(PosSegmenter posseg, List<UserDictionary> dictionaries, Function<List<UserDictionary>, Segmenter> withOthers) {
        this.posseg = posseg;
        this.dictionaries = List.copyOf(dictionaries);
        this.withOthers = withOthers;
    }

    /** {@code jieba.posseg.cut} with the HMM, each token with its tag. */
    @Override
    public List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 2 + 1);
        segment(text, new TokenSink() {
            @Override
            public void token(int start, int end, int charStart, int charEnd, TokenType type) {
                throw new IllegalStateException("jieba-pos always tags");
            }

            @Override
            public void token(int start, int end, int charStart, int charEnd, TokenType type, String tag) {
                tokens.add(new Token(text.substring(charStart, charEnd), start, end, type, tag));
            }
        });
        return tokens;
    }

    /** Hands each token to the sink with its tag ({@link TokenSink#token(int, int, int, int, TokenType, String)}). */
    @Override
    public void segment(String text, TokenSink sink) {
        TokenEmitter emitter = new TokenEmitter(text, sink);
        emitter.begin(text.codePointCount(0, text.length()));
        posseg.cut(text, true, (codePoints, start, end, tag) -> emitter.span(codePoints, start, end, tag));
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

    /** The user dictionaries are not named here: the corpus's provenance records them under its own keys. */
    @Override
    public Map<String, String> provenance() {
        return Map.of("library", "Python jieba 0.42.1's algorithm, in Java", "mode", "posseg.cut (HMM on), with tags",
                "dictionary.sha256", JiebaResources.sha256(JiebaResources.DICTIONARY),
                "pos-model.sha256", JiebaResources.sha256(JiebaResources.POS_MODEL));
    }
}
