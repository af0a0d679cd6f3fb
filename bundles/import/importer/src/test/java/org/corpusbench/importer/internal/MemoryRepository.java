package org.corpusbench.importer.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.testing.TestCorpus;

/**
 * A repository in memory whose committed corpora can be read back, so a test can import a corpus
 * and then clean it again as the real repository would let it. A committed corpus is a
 * {@link TestCorpus}: each document is one sentence; its {@link CorpusView#cleaningReport()} is the
 * report the writer was given, as the real store keeps it beside the load report.
 */
final class MemoryRepository implements CorpusRepository {
    private final Map<String, CorpusView> corpora = new ConcurrentHashMap<>();

    /** Stores a corpus as it is, as if it had been imported before. */
    void put(CorpusView corpus) {
        corpora.put(corpus.info().name(), corpus);
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
        if (!replace && corpora.containsKey(name)) {
            throw new CorpusException("Corpus '" + name + "' exists");
        }
        TestCorpus.Builder corpus = TestCorpus.builder(name).provenance(provenance);
        CleaningReport[] cleaning = {CleaningReport.EMPTY};
        return new CorpusWriter() {
            @Override
            public void addSource(Source source) {
                corpus.source(source);
            }

            @Override
            public void addDocument(Document document, OffsetMap offsets, List<Token> tokens) {
                corpus.document(document, offsets, tokens);
            }

            @Override
            public void putProvenance(String key, String value) {
                corpus.provenance(key, value);
            }

            @Override
            public void setLoadReport(LoadReport report) {
                corpus.loadReport(report);
            }

            @Override
            public void setCleaningReport(CleaningReport report) {
                cleaning[0] = report;
            }

            @Override
            public CorpusInfo commit() {
                TestCorpus stored = corpus.build();
                corpora.put(name, withCleaningReport(stored, cleaning[0]));
                return stored.info();
            }

            @Override
            public void close() {
            }
        };
    }

    /** The corpus as it is, but for its cleaning report, which TestCorpus does not keep. */
    private static CorpusView withCleaningReport(TestCorpus corpus, CleaningReport report) {
        return (CorpusView) Proxy.newProxyInstance(MemoryRepository.class.getClassLoader(), new Class<?>[] {CorpusView.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("cleaningReport")) {
                        return report;
                    }
                    try {
                        return method.invoke(corpus, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public boolean remove(String name) {
        return corpora.remove(name) != null;
    }

    @Override
    public void rename(String name, String newName) {
        corpora.put(newName, corpora.remove(name));
    }
}
