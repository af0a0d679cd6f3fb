package org.corpusbench.jieba.engine;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenSink;
import org.corpusbench.api.UserDictionary;

/**
 * The {@code jieba-pos} segmenter: Python jieba 0.42.1's {@code jieba.posseg.cut} (HMM on), token for
 * token, each token with its part-of-speech tag ({@link Token#tag()}), with user dictionaries added as
 * {@code load_userdict} adds them, their tags included ({@link #withDictionaries}). Plain Java:
 * {@code new JiebaPos().withDictionaries(dictionaries)} is the workbench's {@code jieba-pos} segmenter
 * outside OSGi; one instance serves every thread.
 *
 * <p>A segmenter of its own, not a mode of {@code jieba}: posseg cuts differently from
 * {@code jieba.cut} (its blocks keep {@code %} and {@code -} apart, and its HMM is the tagging one), so
 * its tokens are not {@code jieba}'s with tags added, and a corpus's segmenter name must say which
 * tokens it holds. For the same reason it proves no text cut alike by another segmenter
 * ({@link Segmenter#cutsAlike}'s default). The dictionary loads on first use.
 *
 * <p>Not final only so that the bundle's DS component can be this class registered as a service.
 */
public class JiebaPos implements Segmenter {
    /** Loaded once, shared by every engine: the model does not depend on the dictionary. */
    private volatile PosModel model;
    private final BuiltSegmenters<TaggingJieba> built = new BuiltSegmenters<>(dictionaries -> new TaggingJieba(
            new PosSegmenter(JiebaResources.engine(DictionaryJieba.userWords(dictionaries)), model()), dictionaries,
            this::withDictionaries));

    @Override
    public List<Token> segment(String text) {
        return plain().segment(text);
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
    public Map<String, String> provenance() {
        return plain().provenance();
    }

    TaggingJieba plain() {
        return built.plain();
    }

    private PosModel model() {
        PosModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = JiebaResources.posModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
