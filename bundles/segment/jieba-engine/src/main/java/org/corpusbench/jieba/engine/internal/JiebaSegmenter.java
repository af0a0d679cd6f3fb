package org.corpusbench.jieba.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenSink;
import org.corpusbench.api.UserDictionary;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code jieba} segmenter: Python jieba 0.42.1's {@code jieba.cut} (HMM on), token for token,
 * with its own dictionary and model (see {@link JiebaEngine}), and with user dictionaries added as
 * its {@code load_userdict} adds them. The dictionary loads on first use (about a second), so
 * registering the service costs nothing at boot; each engine is immutable once built.
 */
@Component(service = Segmenter.class)
@Segmenter.Name("jieba")
public final class JiebaSegmenter implements Segmenter {
    /** Engines with user words kept for reuse: each holds a whole dictionary, tens of megabytes. */
    private static final int KEPT_ENGINES = 2;

    private volatile DictionaryJieba plain;
    /** By the dictionaries' names and hashes, least recently used first; guarded by itself. */
    private final Map<List<String>, DictionaryJieba> withUserWords = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, DictionaryJieba> eldest) {
            return size() > KEPT_ENGINES;
        }
    };

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
        if (dictionaries.isEmpty()) {
            return this;
        }
        List<String> key = dictionaries.stream().map(dictionary -> dictionary.name() + "@" + dictionary.sha256()).toList();
        synchronized (withUserWords) {
            DictionaryJieba kept = withUserWords.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Built outside the lock: a second caller may build the same engine meanwhile, which wastes a second but blocks no one.
        DictionaryJieba built = new DictionaryJieba(JiebaResources.engine(DictionaryJieba.userWords(dictionaries)), dictionaries,
                this::withDictionaries);
        synchronized (withUserWords) {
            return withUserWords.computeIfAbsent(key, k -> built);
        }
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
        DictionaryJieba loaded = plain;
        if (loaded == null) {
            synchronized (this) {
                loaded = plain;
                if (loaded == null) {
                    loaded = new DictionaryJieba(JiebaResources.engine(List.of()), List.of(), this::withDictionaries);
                    plain = loaded;
                }
            }
        }
        return loaded;
    }
}
