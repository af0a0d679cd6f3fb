package org.corpusbench.importer.internal;

import java.nio.IntBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * A repository in memory whose committed corpora can be read back, so a test can import a corpus
 * and then clean it again as the real repository would let it.
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
        Stored stored = new Stored(name, new TreeMap<>(provenance));
        return new CorpusWriter() {
            @Override
            public void addSource(Source source) {
                stored.sources.add(source);
            }

            @Override
            public void addDocument(Document document, OffsetMap offsets, List<Token> tokens) {
                stored.documents.add(document);
                stored.offsets.add(offsets);
                stored.tokens.add(List.copyOf(tokens));
            }

            @Override
            public void putProvenance(String key, String value) {
                stored.provenance.put(key, value);
            }

            @Override
            public void setLoadReport(LoadReport report) {
                stored.report = report;
            }

            @Override
            public CorpusInfo commit() {
                stored.index();
                corpora.put(name, stored);
                return stored.info();
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public boolean remove(String name) {
        return corpora.remove(name) != null;
    }

    @Override
    public void rename(String name, String newName) {
        corpora.put(newName, corpora.remove(name));
    }

    /** A committed corpus; each document is one sentence. */
    private static final class Stored implements CorpusView {
        final String name;
        final Map<String, String> provenance;
        final List<Source> sources = new ArrayList<>();
        final List<Document> documents = new ArrayList<>();
        final List<OffsetMap> offsets = new ArrayList<>();
        final List<List<Token>> tokens = new ArrayList<>();
        LoadReport report = LoadReport.EMPTY;
        private final List<Token> stream = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<String, TokenType> categories = new HashMap<>();

        Stored(String name, Map<String, String> provenance) {
            this.name = name;
            this.provenance = provenance;
        }

        void index() {
            for (List<Token> document : tokens) {
                starts.add(stream.size());
                for (Token token : document) {
                    stream.add(token);
                    ids.computeIfAbsent(token.text(), text -> {
                        types.add(text);
                        return types.size() - 1;
                    });
                    categories.putIfAbsent(token.text(), token.type());
                }
            }
            starts.add(stream.size());
        }

        @Override
        public CorpusInfo info() {
            return new CorpusInfo(name, sources.size(), documents.size(), stream.size(), types.size(), Instant.EPOCH, provenance);
        }

        @Override
        public Lexicon lexicon() {
            return new Lexicon() {
                @Override
                public int size() {
                    return types.size();
                }

                @Override
                public String type(int id) {
                    return types.get(id);
                }

                @Override
                public int id(String type) {
                    return ids.getOrDefault(type, -1);
                }

                @Override
                public TokenType category(int id) {
                    return categories.get(types.get(id));
                }

                @Override
                public long frequency(int id) {
                    return stream.stream().filter(t -> t.text().equals(types.get(id))).count();
                }
            };
        }

        @Override
        public List<Source> sources() {
            return List.copyOf(sources);
        }

        @Override
        public int tokenCount() {
            return stream.size();
        }

        @Override
        public int typeId(int position) {
            return ids.get(stream.get(position).text());
        }

        @Override
        public int tokenStart(int position) {
            return stream.get(position).start();
        }

        @Override
        public int tokenEnd(int position) {
            return stream.get(position).end();
        }

        @Override
        public int documentCount() {
            return documents.size();
        }

        @Override
        public Document document(int index) {
            return documents.get(index);
        }

        @Override
        public OffsetMap offsets(int index) {
            return offsets.get(index);
        }

        @Override
        public LoadReport loadReport() {
            return report;
        }

        @Override
        public long storedBytes() {
            return 0;
        }

        @Override
        public int documentStart(int index) {
            return starts.get(index);
        }

        @Override
        public int documentOf(int position) {
            int document = 0;
            while (starts.get(document + 1) <= position) {
                document++;
            }
            return document;
        }

        @Override
        public int sentenceCount() {
            return documents.size();
        }

        @Override
        public int sentenceStart(int index) {
            return starts.get(index);
        }

        @Override
        public IntBuffer positions(int typeId) {
            return IntBuffer.wrap(IntStream.range(0, stream.size()).filter(p -> typeId(p) == typeId).toArray()).asReadOnlyBuffer();
        }
    }
}
