package org.corpusbench.commands.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.Subcorpus;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.ParameterSpec;

/** Live services whose contents a test changes between completions. */
final class FakeServices {

    private FakeServices() {
    }

    static final class Analyses implements AnalysisService {
        final Map<String, AnalysisDescriptor> installed = new LinkedHashMap<>();

        Analyses with(String name, ParameterSpec... parameters) {
            installed.put(name, new AnalysisDescriptor(name, name, "test analysis", List.of(parameters), "test.bundle", "1.0.0"));
            return this;
        }

        @Override
        public List<AnalysisDescriptor> analyses() {
            return List.copyOf(installed.values());
        }

        @Override
        public Optional<AnalysisDescriptor> analysis(String name) {
            return Optional.ofNullable(installed.get(name));
        }

        @Override
        public AnalysisResult run(String analysis, String corpus, Map<String, String> parameters, Progress progress) {
            throw new UnsupportedOperationException("completion never runs analyses");
        }
    }

    static final class Repository implements CorpusRepository {
        final List<String> names = new ArrayList<>();

        Repository with(String... corpora) {
            names.addAll(List.of(corpora));
            return this;
        }

        @Override
        public List<CorpusInfo> list() {
            return names.stream().map(name -> new CorpusInfo(name, 1, 1, 1, 1, Instant.EPOCH, Map.of())).toList();
        }

        @Override
        public Optional<CorpusView> get(String name) {
            throw new UnsupportedOperationException("completion never opens corpora");
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
    }

    static final class Subcorpuses implements Subcorpora {
        final Map<String, List<String>> byCorpus = new LinkedHashMap<>();

        Subcorpuses with(String corpus, String... names) {
            byCorpus.put(corpus, List.of(names));
            return this;
        }

        @Override
        public List<Subcorpus> list(String corpus) {
            List<String> names = byCorpus.get(corpus);
            if (names == null) {
                throw new NotFoundException("corpus", corpus);
            }
            return names.stream().map(name -> new Subcorpus(name, "all", 1, 1)).toList();
        }

        @Override
        public DocumentSelection select(CorpusView corpus, String expression) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Subcorpus create(String corpus, String name, String expression) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(String corpus, String name) {
            throw new UnsupportedOperationException();
        }
    }
}
