package org.corpusbench.jieba.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenSink;
import org.corpusbench.api.UserDictionary;

/**
 * The {@code jieba} segmenter: Python jieba 0.42.1's {@code jieba.cut} (HMM on), token for token,
 * with its own dictionary and model (see {@link JiebaEngine}), and with user dictionaries added as
 * its {@code load_userdict} adds them ({@link #withDictionaries}; the last two such segmenters are
 * kept). The dictionary loads on first use (about a second); each engine is immutable once built, so
 * one instance serves every thread. Plain Java: {@code new Jieba().withDictionaries(dictionaries)} is
 * the workbench's {@code jieba} segmenter outside OSGi.
 *
 * <p>Not final only so that the bundle's DS component registers this very class as the service: a
 * segmenter with user dictionaries then recognises the service as its plain engine ({@link #cutsAlike}).
 */
public class Jieba implements Segmenter {
    private final BuiltSegmenters<DictionaryJieba> built = new BuiltSegmenters<>(dictionaries ->
            new DictionaryJieba(JiebaResources.engine(DictionaryJieba.userWords(dictionaries)), dictionaries, this::withDictionaries));

    @Override
    public List<Token> segment(String text) {
        return plain().segment(text);
    }

    @Override
    public List<Token> segment(String text, SegmentationMode mode, boolean hmm) {
        return plain().segment(text, mode, hmm);
    }

    @Override
    public void segment(String text, TokenSink sink) {
        plain().segment(text, sink);
    }

    @Override
    public Segmenter withDictionaries(List<UserDictionary> dictionaries) {
        return dictionaries.isEmpty() ? this : built.with(dictionaries);
    }

    @Override
    public Predicate<String> cutsAlike(Segmenter earlier) {
        return plain().cutsAlike(earlier);
    }

    /** jieba.cut and jieba.cut_for_search. */
    @Override
    public Set<SegmentationMode> modes() {
        return Set.of(SegmentationMode.ACCURATE, SegmentationMode.SEARCH);
    }

    @Override
    public Map<String, String> provenance() {
        return plain().provenance();
    }

    DictionaryJieba plain() {
        return built.plain();
    }
}
