package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void storesAndReopensACorpusWithItsTokenStreamAndBoundaries() {
        CorpusStore store = new CorpusStore(directory, CLOCK);
        write(store, "demo", false);

        CorpusView view = new CorpusStore(directory, CLOCK).require("demo");

        assertEquals(2, view.documentCount());
        assertEquals(7, view.tokenCount());
        assertEquals("聊城", view.lexicon().type(view.typeId(0)));
        assertEquals(2, view.lexicon().frequency(view.lexicon().id("聊城")));
        assertEquals(TokenType.PUNCTUATION, view.lexicon().category(view.lexicon().id("。")));
        assertEquals(List.of(0, 4, 7), List.of(view.documentStart(0), view.documentStart(1), view.documentStart(2)));
        assertEquals(1, view.documentOf(5));
        // sentences: 聊城 很 大 。 | 𠀀 聊城 ！  -> document 1 starts a sentence
        assertEquals(2, view.sentenceCount());
        assertEquals(4, view.sentenceStart(1));
        assertEquals(3, view.tokenEnd(5)); // after 𠀀聊城 in the second document
        assertArrayEquals(new int[] {0, 5}, toArray(view.positions(view.lexicon().id("聊城"))));
        assertEquals("第二页", view.document(1).metadata().get("title"));
    }

    @Test
    void listsCorporaByNameAndRemovesThem() {
        CorpusStore store = new CorpusStore(directory, CLOCK);
        write(store, "b", false);
        write(store, "a", false);

        assertEquals(List.of("a", "b"), store.list().stream().map(i -> i.name()).toList());
        assertTrue(store.remove("a"));
        assertFalse(store.remove("a"));
        assertEquals(List.of("b"), new CorpusStore(directory, CLOCK).list().stream().map(i -> i.name()).toList());
    }

    @Test
    void refusesToOverwriteUnlessAskedAndKeepsOldViewsConsistent() {
        CorpusStore store = new CorpusStore(directory, CLOCK);
        write(store, "demo", false);
        CorpusView before = store.require("demo");

        assertThrows(CorpusException.class, () -> write(store, "demo", false));
        write(store, "demo", true);

        assertEquals(7, before.tokenCount());
        assertTrue(before != store.require("demo"));
        assertSame(store.require("demo"), store.require("demo"));
    }

    @Test
    void aWriterClosedWithoutCommitLeavesNothingBehind() throws IOException {
        CorpusStore store = new CorpusStore(directory, CLOCK);
        try (CorpusWriter writer = store.create("demo", Map.of(), false)) {
            writer.addSource(new Source("s", "s", Map.of()));
        }

        assertTrue(store.list().isEmpty());
        try (var files = Files.list(directory)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void rejectsHostileAndInvalidNames() {
        CorpusStore store = new CorpusStore(directory, CLOCK);
        for (String name : new String[] {"../etc", "a/b", ".hidden", "", "-x", "x".repeat(65), "a\\b", null}) {
            assertThrows(CorpusException.class, () -> store.create(name, Map.of(), false), String.valueOf(name));
        }
        store.create("人民日报_2024.v1", Map.of(), false).close();
    }

    @Test
    void rejectsADocumentOfAnUnknownSourceOrARepeatedId() {
        CorpusStore store = new CorpusStore(directory, CLOCK);
        try (CorpusWriter writer = store.create("demo", Map.of(), false)) {
            Document orphan = new Document("d", "missing", Map.of(), "x", "x");
            assertThrows(CorpusException.class, () -> writer.addDocument(orphan, List.of()));
            writer.addSource(new Source("s", "s", Map.of()));
            writer.addDocument(new Document("d", "s", Map.of(), "x", "x"), List.of());
            assertThrows(CorpusException.class,
                    () -> writer.addDocument(new Document("d", "s", Map.of(), "x", "x"), List.of()));
        }
    }

    private static void write(CorpusStore store, String name, boolean replace) {
        try (CorpusWriter writer = store.create(name, Map.of("segmenter", "test"), replace)) {
            writer.addSource(new Source("p1.txt", "/x/p1.txt", Map.of()));
            writer.addSource(new Source("p2.txt", "/x/p2.txt", Map.of()));
            writer.addDocument(new Document("p1", "p1.txt", Map.of(), "聊城很大。", "聊城很大。"), List.of(
                    new Token("聊城", 0, 2, TokenType.CHINESE_WORD), new Token("很", 2, 3, TokenType.CHINESE_WORD),
                    new Token("大", 3, 4, TokenType.CHINESE_WORD), new Token("。", 4, 5, TokenType.PUNCTUATION)));
            writer.addDocument(new Document("p2", "p2.txt", Map.of("title", "第二页"), "𠀀聊城！", "𠀀聊城！"), List.of(
                    new Token("𠀀", 0, 1, TokenType.CHINESE_WORD), new Token("聊城", 1, 3, TokenType.CHINESE_WORD),
                    new Token("！", 3, 4, TokenType.PUNCTUATION)));
            writer.commit();
        }
    }

    private static int[] toArray(IntBuffer buffer) {
        int[] values = new int[buffer.remaining()];
        buffer.get(values);
        return values;
    }
}
