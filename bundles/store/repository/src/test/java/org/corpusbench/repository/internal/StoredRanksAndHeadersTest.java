package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.SentenceBoundaries;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files format 3 added, read through a reopened store and checked against naive answers. */
class StoredRanksAndHeadersTest {
    private static final String[] VOCABULARY = {"的", "聊城", "发展", "，", "。", "2024", "LIAOCHENG", "𠀀", "𠀀聊", "！", "\uFFFD",
        "\uE000", "高质量", "\n", "…", "?"};

    @TempDir
    Path directory;

    @Test
    void ranksFollowCodePointOrderAndIdOfRankInvertsThem() {
        writeRandom("random", new Random(3), 300);

        Lexicon lexicon = reopen().require("random").lexicon();

        List<String> naive = new ArrayList<>();
        for (int id = 0; id < lexicon.size(); id++) {
            naive.add(lexicon.type(id));
        }
        naive.sort((a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        for (int rank = 0; rank < lexicon.size(); rank++) {
            int id = lexicon.idOfRank(rank);
            assertEquals(naive.get(rank), lexicon.type(id), "rank " + rank);
            assertEquals(rank, lexicon.rank(id));
        }
        assertEquals(naive.size() - 1, lexicon.rank(lexicon.id("𠀀聊")), "a supplementary character sorts last");
        assertThrows(IndexOutOfBoundsException.class, () -> lexicon.rank(lexicon.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> lexicon.idOfRank(-1));
    }

    @Test
    void headersGiveIdsSourcesAndMetadataAndFindEveryIdAmongManyDocuments() {
        List<Document> written = writeRandom("random", new Random(5), 2_000);

        CorpusView view = reopen().require("random");

        assertEquals(written.size(), view.documentCount());
        for (int i = 0; i < written.size(); i++) {
            Document document = written.get(i);
            assertEquals(document.id(), view.documentId(i));
            assertEquals(document.sourceId(), view.sourceId(i));
            assertEquals(document.metadata(), view.metadata(i));
            assertEquals(i, view.documentIndex(document.id()));
        }
        assertThrows(NotFoundException.class, () -> view.documentIndex("no such document"));
        assertThrows(NotFoundException.class, () -> view.documentIndex(null));
        assertThrows(IndexOutOfBoundsException.class, () -> view.metadata(written.size()));
    }

    @Test
    void headersAreReadWithoutTheDocumentTexts() throws IOException {
        List<Document> written = writeRandom("random", new Random(9), 20);
        Path texts = directory.resolve("random/g000001").resolve(StoreLayout.DOCUMENTS);
        Files.write(texts, new byte[(int) Files.size(texts)]); // the texts become unreadable, the headers do not

        CorpusView view = reopen().require("random");

        assertThrows(CorpusException.class, () -> view.document(3));
        assertEquals(written.get(3).metadata(), view.metadata(3));
        assertEquals(written.get(3).sourceId(), view.sourceId(3));
        assertEquals(3, view.documentIndex(written.get(3).id()));
    }

    @Test
    void anEmptyCorpusHasNoRanksAndNoDocuments() {
        CorpusStore store = reopen();
        try (CorpusWriter writer = store.create("empty", Map.of(), false)) {
            writer.commit();
        }

        CorpusView view = reopen().require("empty");

        assertEquals(0, view.lexicon().size());
        assertThrows(IndexOutOfBoundsException.class, () -> view.lexicon().idOfRank(0));
        assertThrows(NotFoundException.class, () -> view.documentIndex("d0"));
    }

    @Test
    void sentencesEndWhereSentenceBoundariesSays() {
        List<Document> written = writeRandom("random", new Random(13), 100);

        CorpusView view = reopen().require("random");

        List<Integer> expected = new ArrayList<>();
        for (int d = 0; d < written.size(); d++) {
            boolean open = false;
            for (int p = view.documentStart(d); p < view.documentStart(d + 1); p++) {
                if (!open) {
                    expected.add(p);
                }
                open = !SentenceBoundaries.endsSentence(view.lexicon().type(view.typeId(p)));
            }
        }
        List<Integer> actual = new ArrayList<>();
        for (int s = 0; s < view.sentenceCount(); s++) {
            actual.add(view.sentenceStart(s));
        }
        assertEquals(expected, actual);
    }

    private CorpusStore reopen() {
        return new CorpusStore(directory, Clock.systemUTC(), warning -> {
            throw new AssertionError(warning);
        });
    }

    /** Writes random documents with random ids and metadata, some sharing a source, some with none. */
    static List<Document> writeRandom(CorpusStore store, String name, Random random, int documents) {
        List<Document> written = new ArrayList<>();
        try (CorpusWriter writer = store.create(name, Map.of(), false)) {
            for (int s = 0; s < 5; s++) {
                writer.addSource(new Source("source-" + s + "-𠀀", "/in/" + s, Map.of()));
            }
            for (int d = 0; d < documents; d++) {
                List<Token> tokens = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                int offset = 0;
                for (int t = random.nextInt(30); t > 0; t--) {
                    String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
                    int length = word.codePointCount(0, word.length());
                    tokens.add(new Token(word, offset, offset + length, TokenType.CHINESE_WORD));
                    offset += length;
                    text.append(word);
                }
                Map<String, String> metadata = new HashMap<>();
                for (int m = random.nextInt(4); m > 0; m--) {
                    metadata.put(VOCABULARY[random.nextInt(VOCABULARY.length)] + m, "值\"" + random.nextInt(1000) + "\n");
                }
                Document document = new Document(Integer.toString(random.nextInt(1 << 30), 36) + "-" + d,
                        "source-" + random.nextInt(5) + "-𠀀", metadata, text.toString(), text.toString());
                writer.addDocument(document, tokens);
                written.add(document);
            }
            writer.commit();
        }
        return written;
    }

    private List<Document> writeRandom(String name, Random random, int documents) {
        return writeRandom(reopen(), name, random, documents);
    }
}
