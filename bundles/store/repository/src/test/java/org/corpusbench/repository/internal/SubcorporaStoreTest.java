package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubcorporaStoreTest {
    private static final String MARCH = "date>=2023-03-01 & date<2023-04-01";

    @TempDir
    Path directory;

    private CorpusStore store() {
        return new CorpusStore(directory, Clock.systemUTC(), warning -> {
            throw new AssertionError(warning);
        });
    }

    @Test
    void savedSubcorporaSurviveAReopenInCodePointOrderOfTheirNames() {
        CorpusStore store = store();
        CorpusStoreTest.write(store, "seeds", false);
        store.saveSubcorpus("seeds", "三月", MARCH);
        store.saveSubcorpus("seeds", "𠀀", "0-3");
        store.saveSubcorpus("seeds", "page1", "page=1");
        store.saveSubcorpus("seeds", "page1", "page=1 & reporters~赵宗锋"); // replaces

        Map<String, String> reopened = store().subcorpora("seeds");

        assertEquals(List.of("page1", "三月", "𠀀"), List.copyOf(reopened.keySet()));
        assertEquals(Map.of("page1", "page=1 & reporters~赵宗锋", "三月", MARCH, "𠀀", "0-3"), reopened);
        assertThrows(UnsupportedOperationException.class, () -> reopened.put("x", "all"));
        assertTrue(store().subcorpora("seeds").containsKey("三月"), "kept by the clean-up at open");
    }

    @Test
    void aCorpusWithoutSubcorporaHasNoneAndRemovingAnUnknownOneSaysSo() {
        CorpusStore store = store();
        CorpusStoreTest.write(store, "seeds", false);

        assertEquals(Map.of(), store.subcorpora("seeds"));
        assertFalse(store.removeSubcorpus("seeds", "nope"));
        assertFalse(store.removeSubcorpus("seeds", null));
        store.saveSubcorpus("seeds", "a", "all");
        assertTrue(store.removeSubcorpus("seeds", "a"));
        assertEquals(Map.of(), store().subcorpora("seeds"));
    }

    @Test
    void subcorporaOutliveAReplacementOfTheCorpusContentAndFollowItsRename() {
        CorpusStore store = store();
        CorpusStoreTest.write(store, "seeds", false);
        store.saveSubcorpus("seeds", "march", MARCH);

        CorpusStoreTest.write(store, "seeds", true);
        assertEquals(Map.of("march", MARCH), store().subcorpora("seeds"));

        store.rename("seeds", "种子");
        assertEquals(Map.of("march", MARCH), store.subcorpora("种子"));
        assertThrows(NotFoundException.class, () -> store.subcorpora("seeds"));
        assertEquals(Map.of("march", MARCH), store().subcorpora("种子"));
    }

    @Test
    void subcorporaGoWithTheirCorpus() {
        CorpusStore store = store();
        CorpusStoreTest.write(store, "seeds", false);
        store.saveSubcorpus("seeds", "march", MARCH);

        assertTrue(store.remove("seeds"));
        assertThrows(NotFoundException.class, () -> store.subcorpora("seeds"));
        CorpusStoreTest.write(store, "seeds", false);

        assertEquals(Map.of(), store.subcorpora("seeds"), "a new corpus of the old name starts without them");
    }

    @Test
    void aMissingCorpusIsNotFoundAndBadNamesAreRefusedLikeCorpusNames() {
        CorpusStore store = store();
        CorpusStoreTest.write(store, "seeds", false);

        assertThrows(NotFoundException.class, () -> store.subcorpora("nope"));
        assertThrows(NotFoundException.class, () -> store.subcorpora(null));
        assertThrows(NotFoundException.class, () -> store.saveSubcorpus("nope", "a", "all"));
        assertThrows(NotFoundException.class, () -> store.removeSubcorpus("nope", "a"));
        for (String name : new String[] {"../x", "a/b", ".hidden", "", "-x", "x".repeat(101), null, "a b", "a:b", "e\u0301",
            "tab\tname", "@march"}) {
            CorpusException refused = assertThrows(CorpusException.class, () -> store.saveSubcorpus("seeds", name, "all"),
                    String.valueOf(name));
            assertTrue(refused.getMessage().startsWith("Invalid subcorpus name"), refused.getMessage());
        }
        assertThrows(CorpusException.class, () -> store.saveSubcorpus("seeds", "blank", " "));
        assertThrows(CorpusException.class, () -> store.saveSubcorpus("seeds", "none", null));
        assertEquals(Map.of(), store.subcorpora("seeds"));
    }

    @Test
    void concurrentSavesAreAllKept() throws Exception {
        CorpusStore store = store();
        CorpusStoreTest.write(store, "seeds", false);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "s" + i;
                saves.add(threads.submit(() -> store.saveSubcorpus("seeds", name, "page=" + name)));
            }
            for (Future<?> save : saves) {
                save.get();
            }
        } finally {
            threads.shutdown();
        }

        Map<String, String> saved = store().subcorpora("seeds");
        assertEquals(40, saved.size());
        assertEquals("page=s17", saved.get("s17"));
    }

    @Test
    void aLeftoverOfAnInterruptedSaveIsIgnoredAndRemoved() throws IOException {
        CorpusStore store = store();
        CorpusStoreTest.write(store, "seeds", false);
        store.saveSubcorpus("seeds", "march", MARCH);
        Path leftover = directory.resolve("seeds").resolve(SubcorporaFile.NAME + ".next");
        Files.writeString(leftover, "{\"half");

        assertEquals(Map.of("march", MARCH), store().subcorpora("seeds"));
        assertFalse(Files.exists(leftover));
    }
}
