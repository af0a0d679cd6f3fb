package org.corpusbench.testing;

import java.nio.IntBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.corpusbench.api.CodePointOrder;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.SentenceBoundaries;
import org.corpusbench.api.Source;
import org.corpusbench.api.TaggedTypes;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * A small in-memory corpus for unit tests. {@link #of} and {@link #withMetadata} build it from
 * pre-segmented documents: tokens separated by single spaces, so expected figures can be counted by
 * hand. {@link #builder} builds it from sources and documents with their tokens, as a corpus writer
 * receives them. Sentences end where {@link SentenceBoundaries} says, as in the store.
 */
public final class TestCorpus implements CorpusView {
    private final CorpusInfo info;
    private final List<Source> sources;
    private final List<Document> documents;
    private final List<OffsetMap> documentOffsets;
    private final LoadReport loadReport;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> typeIds = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<TokenType> categories = new ArrayList<>();
    private final List<Integer> documentStarts = new ArrayList<>();
    private final List<Integer> sentenceStarts = new ArrayList<>();
    private final int[] ranks;
    private final int[] idsByRank;
    /** The tags, their ids per token and the (type, tag) pairs; empty if no token has a tag. */
    private final List<String> tags = new ArrayList<>();
    private final List<Integer> tagIds = new ArrayList<>();
    private final List<long[]> pairs = new ArrayList<>();
    private final List<Integer> pairIds = new ArrayList<>();

    private TestCorpus(Builder builder) {
        sources = List.copyOf(builder.sources);
        documents = List.copyOf(builder.documents);
        documentOffsets = List.copyOf(builder.offsets);
        loadReport = builder.loadReport;
        for (List<Token> document : builder.tokens) {
            documentStarts.add(tokens.size());
            boolean sentenceOpen = false;
            for (Token token : document) {
                if (!sentenceOpen) {
                    sentenceStarts.add(tokens.size());
                }
                sentenceOpen = !SentenceBoundaries.endsSentence(token.text());
                tokens.add(token);
                typeIds.add(ids.computeIfAbsent(token.text(), text -> {
                    types.add(text);
                    categories.add(token.type());
                    return types.size() - 1;
                }));
            }
        }
        documentStarts.add(tokens.size());
        sentenceStarts.add(tokens.size());
        if (tokens.stream().anyMatch(token -> token.tag() != null)) {
            Map<String, Integer> tagIdsByTag = new HashMap<>();
            Map<List<Integer>, Integer> pairIdsByPair = new HashMap<>();
            for (int position = 0; position < tokens.size(); position++) {
                String tag = tokens.get(position).tag() == null ? "" : tokens.get(position).tag();
                int tagId = tagIdsByTag.computeIfAbsent(tag, t -> {
                    tags.add(t);
                    return tags.size() - 1;
                });
                tagIds.add(tagId);
                int typeId = typeIds.get(position);
                pairIds.add(pairIdsByPair.computeIfAbsent(List.of(typeId, tagId), pair -> {
                    pairs.add(new long[] {typeId, tagId});
                    return pairs.size() - 1;
                }));
            }
        }
        idsByRank = IntStream.range(0, types.size()).boxed()
                .sorted(Comparator.comparing(types::get, CodePointOrder.COMPARATOR))
                .mapToInt(Integer::intValue).toArray();
        ranks = new int[types.size()];
        for (int rank = 0; rank < idsByRank.length; rank++) {
            ranks[idsByRank[rank]] = rank;
        }
        info = new CorpusInfo(builder.name, sources.size(), documents.size(), tokens.size(), types.size(), Instant.EPOCH,
                builder.provenance);
    }

    /**
     * @param name the corpus name
     * @param segmentedDocuments documents as tokens separated by single spaces
     * @return the corpus
     */
    public static TestCorpus of(String name, String... segmentedDocuments) {
        List<Map<String, String>> noMetadata = new ArrayList<>();
        for (int i = 0; i < segmentedDocuments.length; i++) {
            noMetadata.add(Map.of());
        }
        return segmented(name, List.of(segmentedDocuments), noMetadata);
    }

    /**
     * @param name the corpus name
     * @param taggedDocuments documents as {@code word/tag} tokens separated by single spaces (the tag after
     *     the last slash)
     * @return the corpus, with part-of-speech tags
     */
    public static TestCorpus tagged(String name, String... taggedDocuments) {
        Builder builder = builder(name).provenance(CorpusInfo.SEGMENTER, "test");
        for (int d = 0; d < taggedDocuments.length; d++) {
            List<Token> tokens = new ArrayList<>();
            StringBuilder cleaned = new StringBuilder();
            int offset = 0;
            for (String tagged : taggedDocuments[d].split(" ")) {
                int slash = tagged.lastIndexOf('/');
                String token = tagged.substring(0, slash);
                int length = token.codePointCount(0, token.length());
                tokens.add(new Token(token, offset, offset + length, categoryOf(token), tagged.substring(slash + 1)));
                offset += length;
                cleaned.append(token);
            }
            String id = "doc" + d;
            builder.source(new Source(id, id, Map.of()));
            builder.document(new Document(id, id, Map.of(), cleaned.toString(), cleaned.toString()), OffsetMap.identity(offset), tokens);
        }
        return builder.build();
    }

    /**
     * @param name the corpus name
     * @param documents segmented text (tokens separated by single spaces) to its metadata
     * @return the corpus
     */
    public static TestCorpus withMetadata(String name, Map<String, Map<String, String>> documents) {
        return segmented(name, new ArrayList<>(documents.keySet()), new ArrayList<>(documents.values()));
    }

    /**
     * @param name the corpus name
     * @return a builder of a corpus of that name with no provenance, sources or documents yet
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Documents "doc0", "doc1", ... each from its own source, cleaned text the tokens joined. */
    private static TestCorpus segmented(String name, List<String> segmentedDocuments, List<Map<String, String>> metadata) {
        Builder builder = builder(name).provenance(CorpusInfo.SEGMENTER, "test");
        for (int d = 0; d < segmentedDocuments.size(); d++) {
            List<Token> tokens = new ArrayList<>();
            StringBuilder cleaned = new StringBuilder();
            int offset = 0;
            for (String token : segmentedDocuments.get(d).split(" ")) {
                int length = token.codePointCount(0, token.length());
                tokens.add(new Token(token, offset, offset + length, categoryOf(token)));
                offset += length;
                cleaned.append(token);
            }
            String id = "doc" + d;
            builder.source(new Source(id, id, Map.of()));
            builder.document(new Document(id, id, metadata.get(d), cleaned.toString(), cleaned.toString()),
                    OffsetMap.identity(offset), tokens);
        }
        return builder.build();
    }

    /** Classifies by the first code point: Han, digit, Latin letter, punctuation, space or symbol. */
    static TokenType categoryOf(String token) {
        int cp = token.codePointAt(0);
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return TokenType.CHINESE_WORD;
        } else if (Character.isDigit(cp)) {
            return TokenType.NUMBER;
        } else if (Character.isLetter(cp)) {
            return TokenType.LATIN;
        } else if (Character.isWhitespace(cp) || cp == 0x3000) {
            return TokenType.WHITESPACE;
        }
        return "，。、；：？！“”（）《》,.;:?!()\"'-—…".indexOf(cp) >= 0 ? TokenType.PUNCTUATION : TokenType.SYMBOL;
    }

    /**
     * Collects a corpus as a corpus writer receives it. A type's category in the lexicon is the
     * {@link Token#type()} of its first token. Not thread-safe; {@link #build()} copies what was
     * collected, so the corpus never changes afterwards.
     */
    public static final class Builder {
        private final String name;
        private final Map<String, String> provenance = new LinkedHashMap<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private final List<OffsetMap> offsets = new ArrayList<>();
        private final List<List<Token>> tokens = new ArrayList<>();
        private LoadReport loadReport = LoadReport.EMPTY;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * @param entries provenance to add or change
         * @return this builder
         */
        public Builder provenance(Map<String, String> entries) {
            provenance.putAll(entries);
            return this;
        }

        /**
         * @param key a provenance key
         * @param value its value
         * @return this builder
         */
        public Builder provenance(String key, String value) {
            provenance.put(key, value);
            return this;
        }

        /**
         * @param source the next source
         * @return this builder
         */
        public Builder source(Source source) {
            sources.add(source);
            return this;
        }

        /**
         * @param document the next document
         * @param documentOffsets maps its cleaned text back to its original text
         * @param documentTokens its tokens, in order
         * @return this builder
         */
        public Builder document(Document document, OffsetMap documentOffsets, List<Token> documentTokens) {
            documents.add(document);
            offsets.add(documentOffsets);
            tokens.add(List.copyOf(documentTokens));
            return this;
        }

        /**
         * @param report what loading read and skipped
         * @return this builder
         */
        public Builder loadReport(LoadReport report) {
            loadReport = report;
            return this;
        }

        /** @return the corpus collected so far */
        public TestCorpus build() {
            return new TestCorpus(this);
        }
    }

    @Override
    public CorpusInfo info() {
        return info;
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
                return categories.get(id);
            }

            @Override
            public long frequency(int id) {
                return typeIds.stream().filter(t -> t == id).count();
            }

            @Override
            public int rank(int id) {
                return ranks[id];
            }

            @Override
            public int idOfRank(int rank) {
                return idsByRank[rank];
            }
        };
    }

    @Override
    public List<Source> sources() {
        return sources;
    }

    @Override
    public int tokenCount() {
        return tokens.size();
    }

    @Override
    public int typeId(int position) {
        return typeIds.get(position);
    }

    @Override
    public int tokenStart(int position) {
        return tokens.get(position).start();
    }

    @Override
    public int tokenEnd(int position) {
        return tokens.get(position).end();
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
        return documentOffsets.get(index);
    }

    @Override
    public LoadReport loadReport() {
        return loadReport;
    }

    @Override
    public long storedBytes() {
        return 0;
    }

    @Override
    public int documentStart(int index) {
        return documentStarts.get(index);
    }

    @Override
    public int documentOf(int position) {
        int document = 0;
        while (documentStarts.get(document + 1) <= position) {
            document++;
        }
        return document;
    }

    @Override
    public int sentenceCount() {
        return sentenceStarts.size() - 1;
    }

    @Override
    public int sentenceStart(int index) {
        return sentenceStarts.get(index);
    }

    @Override
    public IntBuffer positions(int typeId) {
        return IntBuffer.wrap(IntStream.range(0, typeIds.size()).filter(p -> typeIds.get(p) == typeId).toArray())
                .asReadOnlyBuffer();
    }

    @Override
    public boolean hasTags() {
        return !tags.isEmpty();
    }

    @Override
    public Lexicon tags() {
        if (tags.isEmpty()) {
            return CorpusView.super.tags();
        }
        return new Lexicon() {
            @Override
            public int size() {
                return tags.size();
            }

            @Override
            public String type(int id) {
                return tags.get(id);
            }

            @Override
            public int id(String type) {
                return tags.indexOf(type);
            }

            @Override
            public TokenType category(int id) {
                return TokenType.SYMBOL;
            }

            @Override
            public long frequency(int id) {
                return tagIds.stream().filter(t -> t == id).count();
            }

            @Override
            public int rank(int id) {
                return (int) tags.stream().filter(tag -> CodePointOrder.COMPARATOR.compare(tag, tags.get(id)) < 0).count();
            }

            @Override
            public int idOfRank(int rank) {
                return IntStream.range(0, tags.size()).filter(id -> rank(id) == rank).findFirst().orElseThrow();
            }
        };
    }

    @Override
    public int tagId(int position) {
        return tags.isEmpty() ? CorpusView.super.tagId(position) : tagIds.get(position);
    }

    @Override
    public IntBuffer tagPositions(int tagId) {
        if (tags.isEmpty()) {
            return CorpusView.super.tagPositions(tagId);
        }
        return IntBuffer.wrap(IntStream.range(0, tagIds.size()).filter(p -> tagIds.get(p) == tagId).toArray()).asReadOnlyBuffer();
    }

    @Override
    public TaggedTypes taggedTypes() {
        if (tags.isEmpty()) {
            return CorpusView.super.taggedTypes();
        }
        return new TaggedTypes() {
            @Override
            public int size() {
                return pairs.size();
            }

            @Override
            public int typeId(int pair) {
                return (int) pairs.get(pair)[0];
            }

            @Override
            public int tagId(int pair) {
                return (int) pairs.get(pair)[1];
            }

            @Override
            public int pairId(int position) {
                return pairIds.get(position);
            }

            @Override
            public IntBuffer positions(int pair) {
                return IntBuffer.wrap(IntStream.range(0, pairIds.size()).filter(p -> pairIds.get(p) == pair).toArray())
                        .asReadOnlyBuffer();
            }

            @Override
            public IntBuffer pairsOfType(int typeId) {
                return IntBuffer.wrap(IntStream.range(0, pairs.size()).filter(pair -> pairs.get(pair)[0] == typeId).toArray())
                        .asReadOnlyBuffer();
            }
        };
    }
}
