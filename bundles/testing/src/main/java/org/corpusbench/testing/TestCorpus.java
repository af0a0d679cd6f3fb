package org.corpusbench.testing;

import java.nio.IntBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.TokenType;

/**
 * A small in-memory corpus for unit tests, built from pre-segmented documents: tokens separated by
 * single spaces, so expected figures can be counted by hand. Each document is one sentence.
 */
public final class TestCorpus implements CorpusView {
    private final CorpusInfo info;
    private final List<Document> documents = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Integer> tokens = new ArrayList<>();
    private final List<int[]> offsets = new ArrayList<>();
    private final List<Integer> documentStarts = new ArrayList<>();

    private TestCorpus(String name, List<String> segmentedDocuments, List<Map<String, String>> metadata) {
        for (int d = 0; d < segmentedDocuments.size(); d++) {
            documentStarts.add(tokens.size());
            StringBuilder cleaned = new StringBuilder();
            int offset = 0;
            for (String token : segmentedDocuments.get(d).split(" ")) {
                int length = token.codePointCount(0, token.length());
                tokens.add(ids.computeIfAbsent(token, t -> {
                    types.add(t);
                    return types.size() - 1;
                }));
                offsets.add(new int[] {offset, offset + length});
                offset += length;
                cleaned.append(token);
            }
            String id = "doc" + d;
            sources.add(new Source(id, id, Map.of()));
            documents.add(new Document(id, id, metadata.get(d), cleaned.toString(), cleaned.toString()));
        }
        documentStarts.add(tokens.size());
        info = new CorpusInfo(name, sources.size(), documents.size(), tokens.size(), types.size(), Instant.EPOCH,
                Map.of(CorpusInfo.SEGMENTER, "test"));
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
        return new TestCorpus(name, List.of(segmentedDocuments), noMetadata);
    }

    /**
     * @param name the corpus name
     * @param documents segmented text (tokens separated by single spaces) to its metadata
     * @return the corpus
     */
    public static TestCorpus withMetadata(String name, Map<String, Map<String, String>> documents) {
        return new TestCorpus(name, new ArrayList<>(documents.keySet()), new ArrayList<>(documents.values()));
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
                return categoryOf(types.get(id));
            }

            @Override
            public long frequency(int id) {
                return tokens.stream().filter(t -> t == id).count();
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
        return tokens.get(position);
    }

    @Override
    public int tokenStart(int position) {
        return offsets.get(position)[0];
    }

    @Override
    public int tokenEnd(int position) {
        return offsets.get(position)[1];
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
        String text = documents.get(index).cleanedText();
        return OffsetMap.identity(text.codePointCount(0, text.length()));
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
        return documents.size();
    }

    @Override
    public int sentenceStart(int index) {
        return documentStarts.get(index);
    }

    @Override
    public IntBuffer positions(int typeId) {
        return IntBuffer.wrap(IntStream.range(0, tokens.size()).filter(p -> tokens.get(p) == typeId).toArray())
                .asReadOnlyBuffer();
    }
}
