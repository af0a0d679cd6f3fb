package org.corpusbench.analysis.selection;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.NotFoundException;

/** A repository of fixed corpora that keeps subcorpora in memory, as the store keeps them on disk. */
public final class SavedSubcorpora implements CorpusRepository {
    private final Map<String, CorpusView> corpora = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> subcorpora = new ConcurrentHashMap<>();

    /** @return this repository, now holding the corpus under its name */
    public SavedSubcorpora with(CorpusView corpus) {
        corpora.put(corpus.info().name(), corpus);
        subcorpora.put(corpus.info().name(), new TreeMap<>());
        return this;
    }

    @Override
    public List<CorpusInfo> list() {
        return corpora.values().stream().map(CorpusView::info).toList();
    }

    @Override
    public Optional<CorpusView> get(String name) {
        return Optional.ofNullable(corpora.get(name));
    }

    @Override
    public CorpusWriter create(String name, Map<String, String> provenance, boolean replace) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void rename(String name, String newName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> subcorpora(String corpus) {
        return Collections.unmodifiableMap(new TreeMap<>(saved(corpus)));
    }

    @Override
    public void saveSubcorpus(String corpus, String name, String expression) {
        saved(corpus).put(name, expression);
    }

    @Override
    public boolean removeSubcorpus(String corpus, String name) {
        return saved(corpus).remove(name) != null;
    }

    private Map<String, String> saved(String corpus) {
        Map<String, String> saved = subcorpora.get(corpus);
        if (saved == null) {
            throw new NotFoundException("corpus", corpus);
        }
        return saved;
    }
}
