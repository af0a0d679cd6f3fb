package org.corpusbench.jieba.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenSink;
import org.corpusbench.api.UserDictionary;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code jieba-pos} segmenter: Python jieba 0.42.1's {@code jieba.posseg.cut} (HMM on), token for
 * token, each token with its part-of-speech tag ({@link Token#tag()}), with user dictionaries added as
 * {@code load_userdict} adds them, their tags included.
 *
 * <p>A segmenter of its own, not a mode of {@code jieba}: posseg cuts differently from
 * {@code jieba.cut} (its blocks keep {@code %} and {@code -} apart, and its HMM is the tagging one), so
 * its tokens are not {@code jieba}'s with tags added, and a corpus's segmenter name must say which
 * tokens it holds. For the same reason it proves no text cut alike by another segmenter
 * ({@link Segmenter#cutsAlike}'s default). The dictionary loads on first use.
 */
@Component(service = Segmenter.class)
@Segmenter.Name("jieba-pos")
public final class JiebaPosSegmenter implements Segmenter {
    /** Engines with user words kept for reuse: each holds a whole dictionary, tens of megabytes. */
    private static final int KEPT_ENGINES = 2;

    private volatile TaggingJieba plain;
    /** Loaded once, shared by every engine: the model does not depend on the dictionary. */
    private volatile PosModel model;
    /** By the dictionaries' names and hashes, least recently used first; guarded by itself. */
    private final Map<List<String>, TaggingJieba> withUserWords = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, TaggingJieba> eldest) {
            return size() > KEPT_ENGINES;
        }
    };

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
        if (dictionaries.isEmpty()) {
            return this;
        }
        List<String> key = dictionaries.stream().map(dictionary -> dictionary.name() + "@" + dictionary.sha256()).toList();
        synchronized (withUserWords) {
            TaggingJieba kept = withUserWords.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Built outside the lock: a second caller may build the same engine meanwhile, which wastes a second but blocks no one.
        TaggingJieba built = new TaggingJieba(new PosSegmenter(JiebaResources.engine(DictionaryJieba.userWords(dictionaries)), model()),
                dictionaries, this::withDictionaries);
        synchronized (withUserWords) {
            return withUserWords.computeIfAbsent(key, k -> built);
        }
    }

    @Override
    public Map<String, String> provenance() {
        return plain().provenance();
    }

    TaggingJieba plain() {
        TaggingJieba loaded = plain;
        if (loaded == null) {
            synchronized (this) {
                loaded = plain;
                if (loaded == null) {
                    loaded = new TaggingJieba(new PosSegmenter(JiebaResources.engine(List.of()), model()), List.of(),
                            this::withDictionaries);
                    plain = loaded;
                }
            }
        }
        return loaded;
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
