package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);
    private static final CleaningReport CLEANED = new CleaningReport(List.of(
            new CleaningReport.SourceCleaning("p1.txt", 1, 0, Map.of("normalise-whitespace", Map.of("spaces.removed", 1))),
            new CleaningReport.SourceCleaning("p2.txt", 1, 2, Map.of())));

    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();

    private CorpusStore store() {
        return new CorpusStore(directory, CLOCK, warnings::add);
    }

    @Test
    void storesAndReopensACorpusWithItsTokenStreamAndBoundaries() {
        write(store(), "demo", false);

        CorpusView view = store().require("demo");

        assertEquals(2, view.documentCount());
        assertEquals(7, view.tokenCount());
        assertEquals("聊城", view.lexicon().type(view.typeId(0)));
        assertEquals(2, view.lexicon().frequency(view.lexicon().id("聊城")));
        assertEquals(-1, view.lexicon().id("北京"));
        assertEquals(TokenType.PUNCTUATION, view.lexicon().category(view.lexicon().id("。")));
        assertEquals(List.of(0, 4, 7), List.of(view.documentStart(0), view.documentStart(1), view.documentStart(2)));
        assertEquals(1, view.documentOf(5));
        assertEquals(2, view.sentenceCount()); // 聊城 很 大 。 | 𠀀 聊城 ！
        assertEquals(4, view.sentenceStart(1));
        assertEquals(3, view.tokenEnd(5)); // after 𠀀聊城 in the second document
        assertArrayEquals(new int[] {0, 5}, toArray(view.positions(view.lexicon().id("聊城"))));
        assertEquals("第二页", view.document(1).metadata().get("title"));
        assertEquals(" 聊城很大。", view.document(0).originalText());
        assertEquals("聊城很大。", view.document(0).cleanedText());
        assertEquals(OffsetMap.of(new int[] {1, 2, 3, 4, 5, 6}), view.offsets(0));
        assertEquals(List.of("p1.txt", "p2.txt"), view.sources().stream().map(Source::id).toList());
        assertTrue(view.storedBytes() > 0);
        assertEquals("test", view.info().segmenter());
        assertEquals("GB18030", view.loadReport().sources().get(0).encoding());
        assertEquals("1 read, 0 read with undecodable bytes, 1 skipped", view.loadReport().summary());
        assertEquals(CLEANED, view.cleaningReport());
        assertEquals(CLEANED, CleaningReport.of(view));
    }

    @Test
    void aCorpusStoredBeforeTheCleaningReportFileReadsItFromItsDocumentsMetadata() throws IOException {
        try (CorpusWriter writer = store().create("legacy", Map.of(), false)) {
            writer.addSource(new Source("s", "s", Map.of()));
            writer.addDocument(new Document("s", "s", Map.of(CleaningReport.ARTICLES, "3", "cleaning.rejoin-lines.lines.joined", "4"),
                    "新", "新"), List.of(new Token("新", 0, 1, TokenType.CHINESE_WORD)));
            writer.commit();
        }
        Path stored;
        try (var files = Files.walk(directory)) {
            stored = files.filter(file -> file.getFileName().toString().equals(StoreLayout.CLEANING_REPORT)).findFirst().orElseThrow();
        }
        assertEquals(CleaningReport.EMPTY, store().require("legacy").cleaningReport());
        Files.delete(stored);

        assertEquals(new CleaningReport(List.of(new CleaningReport.SourceCleaning("s", 1, 3,
                Map.of("rejoin-lines", Map.of("lines.joined", 4))))), store().require("legacy").cleaningReport());
    }

    @Test
    void agreesWithAnIndependentCountOverManyRandomDocuments() {
        java.util.Random random = new java.util.Random(7);
        String[] vocabulary = {"的", "聊城", "发展", "，", "。", "2024", "LIAOCHENG", "𠀀", "高质量", "\n"};
        Map<String, Long> expected = new java.util.HashMap<>();
        List<String> stream = new ArrayList<>();
        CorpusStore store = store();
        try (CorpusWriter writer = store.create("random", Map.of(), false)) {
            for (int d = 0; d < 200; d++) {
                writer.addSource(new Source("s" + d, "s" + d, Map.of()));
                List<Token> tokens = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                int offset = 0;
                for (int t = random.nextInt(50); t > 0; t--) {
                    String word = vocabulary[random.nextInt(vocabulary.length)];
                    int length = word.codePointCount(0, word.length());
                    tokens.add(new Token(word, offset, offset + length, TokenType.CHINESE_WORD));
                    offset += length;
                    text.append(word);
                    expected.merge(word, 1L, Long::sum);
                    stream.add(word);
                }
                writer.addDocument(new Document("d" + d, "s" + d, Map.of(), text.toString(), text.toString()), tokens);
            }
            writer.commit();
        }

        CorpusView view = store().require("random");

        assertEquals(stream.size(), view.tokenCount());
        for (int p = 0; p < stream.size(); p++) {
            assertEquals(stream.get(p), view.lexicon().type(view.typeId(p)));
        }
        // many at once, in the token stream's order (ids repeated, out of order), read as one at a time
        int[] ids = new int[stream.size()];
        Arrays.setAll(ids, view::typeId);
        assertEquals(stream, List.of(view.lexicon().types(ids)));
        assertThrows(IndexOutOfBoundsException.class, () -> view.lexicon().types(new int[] {0, view.lexicon().size()}));
        for (Map.Entry<String, Long> entry : expected.entrySet()) {
            int id = view.lexicon().id(entry.getKey());
            assertEquals(entry.getValue(), view.lexicon().frequency(id));
            IntBuffer positions = view.positions(id);
            for (int i = 0; i < positions.remaining(); i++) {
                assertEquals(entry.getKey(), stream.get(positions.get(i)));
                assertTrue(i == 0 || positions.get(i - 1) < positions.get(i));
            }
        }
    }

    /** Documents prepared on a pool while earlier ones are added give the corpus that adding them one by one gives. */
    @Test
    void documentsPreparedOnOtherThreadsStoreTheSameCorpus() throws Exception {
        java.util.Random random = new java.util.Random(11);
        List<List<String>> documents = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            List<String> words = new ArrayList<>();
            for (int t = random.nextInt(30); t > 0; t--) {
                words.add("w" + random.nextInt(d + 5) + (random.nextInt(10) == 0 ? "。" : ""));
            }
            documents.add(words);
        }
        CorpusStore store = store();
        try (CorpusWriter writer = store.create("one-by-one", Map.of(), false)) {
            writer.addSource(new Source("s", "s", Map.of()));
            for (int d = 0; d < documents.size(); d++) {
                writer.addDocument(document(d, documents.get(d)), tokens(documents.get(d)));
            }
            writer.commit();
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try (CorpusWriter writer = store.create("prepared", Map.of(), false)) {
            writer.addSource(new Source("s", "s", Map.of()));
            List<java.util.concurrent.Future<org.corpusbench.api.PreparedDocument>> prepared = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                Document document = document(d, documents.get(d));
                List<Token> tokens = tokens(documents.get(d));
                prepared.add(pool.submit(() -> writer.prepare(document, OffsetMap.identity(document.cleanedText()
                        .codePointCount(0, document.cleanedText().length())), tokens)));
                if (d % 7 == 0) { // now and then a document this writer did not prepare
                    prepared.set(d, java.util.concurrent.CompletableFuture.completedFuture(new org.corpusbench.api.PreparedDocument(
                            document, OffsetMap.identity(document.cleanedText().codePointCount(0, document.cleanedText().length())),
                            tokens)));
                }
                if (d >= 5) {
                    writer.add(prepared.get(d - 5).get());
                }
            }
            for (int d = Math.max(0, documents.size() - 5); d < documents.size(); d++) {
                writer.add(prepared.get(d).get());
            }
            writer.commit();
        } finally {
            pool.shutdown();
        }
        CorpusView expected = store().require("one-by-one");
        CorpusView actual = store().require("prepared");
        assertEquals(expected.tokenCount(), actual.tokenCount());
        assertEquals(expected.lexicon().size(), actual.lexicon().size());
        for (int p = 0; p < expected.tokenCount(); p++) {
            assertEquals(expected.typeId(p), actual.typeId(p));
        }
        for (int id = 0; id < expected.lexicon().size(); id++) {
            assertEquals(expected.lexicon().type(id), actual.lexicon().type(id));
            assertEquals(expected.lexicon().frequency(id), actual.lexicon().frequency(id));
        }
        assertEquals(expected.sentenceCount(), actual.sentenceCount());
        for (int d = 0; d < documents.size(); d++) {
            assertEquals(expected.document(d), actual.document(d));
        }
    }

    private static Document document(int d, List<String> words) {
        String text = String.join("", words);
        return new Document("d" + d, "s", Map.of("n", Integer.toString(d)), text, text);
    }

    private static List<Token> tokens(List<String> words) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : words) {
            int length = word.codePointCount(0, word.length());
            tokens.add(new Token(word, offset, offset + length, TokenType.LATIN));
            offset += length;
        }
        return tokens;
    }

    @Test
    void typesSharingADecodedStringSlotReadBackRightFromSeveralThreads() throws Exception {
        int types = 40_000; // more than the lexicon keeps decoded, so ids share its slots
        CorpusStore store = store();
        try (CorpusWriter writer = store.create("many", Map.of(), false)) {
            writer.addSource(new Source("s", "s", Map.of()));
            List<Token> tokens = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int t = 0; t < types; t++) {
                String word = "w" + t;
                tokens.add(new Token(word, text.length(), text.length() + word.length(), TokenType.LATIN));
                text.append(word);
            }
            writer.addDocument(new Document("d", "s", Map.of(), text.toString(), text.toString()), tokens);
            writer.commit();
        }
        CorpusView view = store().require("many");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> readers = new ArrayList<>();
            for (int reader = 0; reader < 2; reader++) {
                int stride = reader == 0 ? 1 : 7;
                readers.add(pool.submit(() -> {
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < types; i++) {
                            int position = (int) ((long) i * stride % types);
                            assertEquals("w" + position, view.lexicon().type(view.typeId(position)));
                        }
                    }
                }));
            }
            for (java.util.concurrent.Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void readersKeepTheCorpusTheyOpenedWhileAWriterReplacesIt() throws IOException {
        CorpusStore store = store();
        write(store, "demo", false);
        CorpusView before = store.require("demo");

        try (CorpusWriter writer = store.create("demo", Map.of("segmenter", "other"), true)) {
            writer.addSource(new Source("x", "x", Map.of()));
            writer.addDocument(new Document("x", "x", Map.of(), "新", "新"), List.of(new Token("新", 0, 1, TokenType.CHINESE_WORD)));
            assertSame(before, store.require("demo"), "uncommitted work is invisible");
            writer.commit();
        }

        CorpusView after = store.require("demo");
        assertNotSame(before, after);
        assertEquals(1, after.tokenCount());
        assertEquals(7, before.tokenCount());
        assertEquals("聊城很大。", before.document(0).cleanedText(), "the replaced generation stays readable");
        assertEquals("聊城", before.lexicon().type(before.typeId(0)));
        try (Stream<Path> generations = Files.list(directory.resolve("demo"))) {
            assertEquals(List.of("CURRENT", "g000002"), generations.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void refusesToOverwriteUnlessAsked() {
        CorpusStore store = store();
        write(store, "demo", false);

        assertThrows(CorpusException.class, () -> write(store, "demo", false));
    }

    @Test
    void renamesAndRemovesAtomically() throws IOException {
        CorpusStore store = store();
        write(store, "a", false);
        write(store, "b", false);
        CorpusView old = store.require("a");

        store.rename("a", "人民日报");
        assertThrows(CorpusException.class, () -> store.rename("b", "人民日报"));
        assertThrows(NotFoundException.class, () -> store.rename("nope", "x"));
        assertThrows(CorpusException.class, () -> store.rename("b", "../x"));

        assertEquals(List.of("b", "人民日报"), store().list().stream().map(i -> i.name()).toList());
        assertEquals(7, old.tokenCount());
        assertTrue(store.remove("b"));
        assertFalse(store.remove("b"));
        assertEquals(List.of("人民日报"), store().list().stream().map(i -> i.name()).toList());
    }

    @Test
    void aWriterClosedWithoutCommitLeavesNothingBehind() throws IOException {
        CorpusStore store = store();
        try (CorpusWriter writer = store.create("demo", Map.of(), false)) {
            writer.addSource(new Source("s", "s", Map.of()));
        }

        assertTrue(store.list().isEmpty());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void removesWhatAnInterruptedCommitLeftBehindWhenItOpens() throws IOException {
        write(store(), "demo", false);
        Files.createDirectories(directory.resolve(".staging-123/data"));
        Files.createDirectories(directory.resolve("demo/g000007"));
        Files.writeString(directory.resolve("demo/CURRENT.next"), "g000007");

        assertEquals(7, store().require("demo").tokenCount());
        try (Stream<Path> files = Stream.concat(Files.list(directory), Files.list(directory.resolve("demo")))) {
            assertEquals(List.of("CURRENT", "demo", "g000001"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aCorpusInAnotherFormatIsLeftUntouchedWithAClearMessage() throws IOException {
        write(store(), "old", false);
        write(store(), "fine", false);
        Path info = directory.resolve("old/g000001/info.json");
        Files.writeString(info, Files.readString(info).replace("\"format\":3", "\"format\":1"));

        CorpusStore store = store();

        assertEquals(List.of("fine"), store.list().stream().map(i -> i.name()).toList());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("Corpus 'old'") && warnings.get(0).contains("format 1")
                && warnings.get(0).contains("corpus:load --name old"), warnings.get(0));
        assertTrue(Files.exists(info), "nothing deleted");
    }

    @Test
    void rejectsHostileAndInvalidNamesAndBadDocuments() {
        CorpusStore store = store();
        for (String name : new String[] {"../etc", "a/b", ".hidden", "", "-x", "x".repeat(101), "語".repeat(101), "a\\b", null,
            "a\u0000b", "tab\tname", "e\u0301", "a b", "a:b"}) {
            assertThrows(CorpusException.class, () -> store.create(name, Map.of(), false), String.valueOf(name));
        }
        store.create("é" + "x".repeat(99), Map.of(), false).close(); // NFC, 100 characters
        store.create("𠀀".repeat(100), Map.of(), false).close(); // 100 characters of CJK Extension B
        CorpusException tooLong = assertThrows(CorpusException.class, () -> store.create("名".repeat(10_000), Map.of(), false));
        assertTrue(tooLong.getMessage().length() < 300, "a long name is not echoed whole");
        try (CorpusWriter writer = store.create("人民日报_2024.v1", Map.of(), false)) {
            Document orphan = new Document("d", "missing", Map.of(), "x", "x");
            assertThrows(CorpusException.class, () -> writer.addDocument(orphan, List.of()));
            writer.addSource(new Source("s", "s", Map.of()));
            writer.addDocument(new Document("d", "s", Map.of(), "x", "x"), List.of());
            assertThrows(CorpusException.class, () -> writer.addDocument(new Document("d", "s", Map.of(), "x", "x"), List.of()));
            assertThrows(IllegalArgumentException.class,
                    () -> writer.addDocument(new Document("e", "s", Map.of(), "x ", "x"), List.of()));
        }
    }

    static void write(CorpusStore store, String name, boolean replace) {
        try (CorpusWriter writer = store.create(name, Map.of("segmenter", "test"), replace)) {
            writer.addSource(new Source("p1.txt", "/x/p1.txt", Map.of()));
            writer.addSource(new Source("p2.txt", "/x/p2.txt", Map.of()));
            writer.addDocument(new Document("p1", "p1.txt", Map.of(), " 聊城很大。", "聊城很大。"),
                    OffsetMap.of(new int[] {1, 2, 3, 4, 5, 6}), List.of(
                    new Token("聊城", 0, 2, TokenType.CHINESE_WORD), new Token("很", 2, 3, TokenType.CHINESE_WORD),
                    new Token("大", 3, 4, TokenType.CHINESE_WORD), new Token("。", 4, 5, TokenType.PUNCTUATION)));
            writer.addDocument(new Document("p2", "p2.txt", Map.of("title", "第二页"), "𠀀聊城！", "𠀀聊城！"), List.of(
                    new Token("𠀀", 0, 1, TokenType.CHINESE_WORD), new Token("聊城", 1, 3, TokenType.CHINESE_WORD),
                    new Token("！", 3, 4, TokenType.PUNCTUATION)));
            writer.setLoadReport(new LoadReport(List.of(new SourceReport("/x/p1.txt", SourceReport.Outcome.READ, "GB18030",
                    61, 0, List.of(), ""), SourceReport.skipped("/x/p3.txt", "the file is empty"))));
            writer.setCleaningReport(CLEANED);
            writer.commit();
        }
    }

    private static int[] toArray(IntBuffer buffer) {
        int[] values = new int[buffer.remaining()];
        buffer.get(values);
        return values;
    }
}
