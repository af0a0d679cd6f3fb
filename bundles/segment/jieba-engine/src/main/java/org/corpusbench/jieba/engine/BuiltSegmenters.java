package org.corpusbench.jieba.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.corpusbench.api.UserDictionary;

/**
 * Segmenters built on jieba's dictionary, with user dictionaries added or not: the plain one made on
 * first use (about a second), and the last few with user dictionaries kept, since each holds a whole
 * dictionary of tens of megabytes. Thread-safe.
 *
 * @param <T> the segmenter built
 */
final class BuiltSegmenters<T> {
    /** Segmenters with user dictionaries kept for reuse. */
    private static final int KEPT = 2;

    private final Function<List<UserDictionary>, T> build;
    private volatile T plain;
    /** By the dictionaries' names and hashes, least recently used first; guarded by itself. */
    private final Map<List<String>, T> withUserWords = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, T> eldest) {
            return size() > KEPT;
        }
    };

    /** @param build makes a segmenter with these dictionaries added (none: the plain one) */
    BuiltSegmenters(Function<List<UserDictionary>, T> build) {
        this.build = build;
    }

    T plain() {
        T loaded = plain;
        if (loaded == null) {
            synchronized (this) {
                loaded = plain;
                if (loaded == null) {
                    loaded = build.apply(List.of());
                    plain = loaded;
                }
            }
        }
        return loaded;
    }

    /** @return the segmenter with these dictionaries added, in order; the plain one when there are none */
    T with(List<UserDictionary> dictionaries) {
        if (dictionaries.isEmpty()) {
            return plain();
        }
        List<String> key = dictionaries.stream().map(dictionary -> dictionary.name() + "@" + dictionary.sha256()).toList();
        synchronized (withUserWords) {
            T kept = withUserWords.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Built outside the lock: a second caller may build the same one meanwhile, which wastes a second but blocks no one.
        T built = build.apply(dictionaries);
        synchronized (withUserWords) {
            return withUserWords.computeIfAbsent(key, k -> built);
        }
    }
}
