package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation as the previous release wrote it (format 2: no ranks, no document headers) opens,
 * gains the missing files once and says format 3; an upgrade cut short is done again.
 */
class FormatUpgradeTest {
    private static final List<String> ADDED_IN_FORMAT_3 = List.of(StoreLayout.LEXICON_RANKS, StoreLayout.LEXICON_BY_RANK,
            StoreLayout.DOCUMENT_HEADERS, StoreLayout.DOCUMENT_HEADER_INDEX, StoreLayout.DOCUMENT_ID_HASH);

    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    @Test
    void aFormatTwoGenerationOpensWithTheRanksAndHeadersItWouldHaveHad() throws IOException {
        List<Document> written = StoredRanksAndHeadersTest.writeRandom(store(), "old", new Random(17), 500);
        Snapshot expected = Snapshot.of(store().require("old"));
        Path generation = directory.resolve("old/g000001");
        downgrade(generation);

        CorpusView view = store().require("old");

        assertEquals(expected, Snapshot.of(view));
        for (int i = 0; i < written.size(); i++) {
            assertEquals(written.get(i).metadata(), view.metadata(i));
            assertEquals(i, view.documentIndex(written.get(i).id()));
        }
        assertEquals(List.of(), warnings);
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("Corpus 'old'") && notices.get(0).contains("format 2 to 3"), notices.get(0));
        assertTrue(Files.readString(generation.resolve(StoreLayout.INFO)).contains("\"format\":3"));
        assertEquals("3", view.info().provenance().get(CorpusInfo.STORE_FORMAT));
        assertEquals(List.of(), temporaryFiles(generation));

        store();
        assertEquals(1, notices.size(), "upgraded once");
    }

    @Test
    void anUpgradeCutShortIsDoneAgainAndLeavesTheCorpusOpenable() throws IOException {
        StoredRanksAndHeadersTest.writeRandom(store(), "old", new Random(19), 50);
        Snapshot expected = Snapshot.of(store().require("old"));
        Path generation = directory.resolve("old/g000001");
        downgrade(generation);
        // a renamed file cannot replace a non-empty folder: the upgrade fails after moving some files
        Files.createDirectories(generation.resolve(StoreLayout.DOCUMENT_ID_HASH).resolve("obstacle"));
        Files.writeString(generation.resolve(StoreLayout.LEXICON_RANKS + ".upgrade"), "left by a killed upgrade");

        assertTrue(store().list().isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("could not be brought to format 3"), warnings.get(0));
        assertTrue(Files.readString(generation.resolve(StoreLayout.INFO)).contains("\"format\":2"), "still format 2");
        assertEquals(List.of(), temporaryFiles(generation));

        Files.delete(generation.resolve(StoreLayout.DOCUMENT_ID_HASH).resolve("obstacle"));
        Files.delete(generation.resolve(StoreLayout.DOCUMENT_ID_HASH));
        Files.write(generation.resolve(StoreLayout.LEXICON_BY_RANK), new byte[12]); // a stale file is written again

        assertEquals(expected, Snapshot.of(store().require("old")));
        assertTrue(Files.readString(generation.resolve(StoreLayout.INFO)).contains("\"format\":3"));
    }

    private CorpusStore store() {
        return new CorpusStore(directory, Clock.systemUTC(), warnings::add, notices::add);
    }

    /** Makes the generation what the previous release wrote: without format 3's files, saying format 2. */
    private static void downgrade(Path generation) throws IOException {
        for (String file : ADDED_IN_FORMAT_3) {
            Files.delete(generation.resolve(file));
        }
        Path info = generation.resolve(StoreLayout.INFO);
        String text = Files.readString(info);
        assertTrue(text.contains("\"format\":3") && text.contains("\"store.format\":\"3\""), text);
        Files.writeString(info, text.replace("\"format\":3", "\"format\":2").replace("\"store.format\":\"3\"", "\"store.format\":\"2\""));
    }

    private static List<String> temporaryFiles(Path generation) throws IOException {
        try (Stream<Path> files = Files.list(generation)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".upgrade")).toList();
        }
    }

    /** Everything format 3 added, as plain values to compare. */
    private record Snapshot(List<Integer> idsByRank, List<String> documentIds, List<String> sourceIds,
            List<java.util.Map<String, String>> metadata) {
        static Snapshot of(CorpusView view) {
            Lexicon lexicon = view.lexicon();
            List<Integer> ids = new ArrayList<>();
            for (int rank = 0; rank < lexicon.size(); rank++) {
                ids.add(lexicon.idOfRank(rank));
                assertEquals(rank, lexicon.rank(lexicon.idOfRank(rank)));
            }
            List<String> documentIds = new ArrayList<>();
            List<String> sourceIds = new ArrayList<>();
            List<java.util.Map<String, String>> metadata = new ArrayList<>();
            for (int i = 0; i < view.documentCount(); i++) {
                documentIds.add(view.documentId(i));
                sourceIds.add(view.sourceId(i));
                metadata.add(view.metadata(i));
            }
            return new Snapshot(ids, documentIds, sourceIds, metadata);
        }
    }
}
