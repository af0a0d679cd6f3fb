package org.corpusbench.stopwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.analysis.StopwordList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopwordFolderTest {
    @TempDir
    Path root;

    private final StopwordList builtIn = new StopwordList("zh-function-words", Set.of("的"));

    private StopwordFolder folder() {
        return new StopwordFolder(root.resolve("stopwords"), Map.of(builtIn.name(), builtIn));
    }

    @Test
    void withoutAFolderOffersNoneAndTheBuiltInLists() {
        StopwordFolder lists = folder();

        assertEquals(List.of("none", "zh-function-words"), lists.names());
        assertSame(StopwordList.NONE, lists.list("none"));
        assertSame(builtIn, lists.list("zh-function-words"));
        assertEquals("Unknown stopword list 'mine'", assertThrows(NotFoundException.class, () -> lists.list("mine")).getMessage());
    }

    @Test
    void offersTheFilesWithUsableNamesAndLetsOneReplaceABuiltInList() throws IOException {
        write("mine.txt", "# mine\n这\n那\n");
        write("新闻_2023-v1.txt", "记者");
        write("zh-function-words.txt", "的\n了");
        write("none.txt", "的");
        write("two words.txt", "的");
        write("dots.in.name.txt", "的");
        write("notes.md", "的");
        Files.createDirectories(root.resolve("stopwords/folder.txt"));
        StopwordFolder lists = folder();

        assertEquals(List.of("none", "mine", "zh-function-words", "新闻_2023-v1"), lists.names());
        assertEquals(new StopwordList("mine", Set.of("这", "那")), lists.list("mine"));
        assertEquals(Set.of("记者"), lists.list("新闻_2023-v1").words());
        assertEquals(Set.of("的", "了"), lists.list("zh-function-words").words());
        assertSame(StopwordList.NONE, lists.list("none"));
        assertThrows(NotFoundException.class, () -> lists.list("two words"));
        assertEquals("Stopword list file 'folder.txt' is not a file",
                assertThrows(CorpusException.class, () -> lists.list("folder")).getMessage());
    }

    @Test
    void neverLooksOutsideTheFolder() throws IOException {
        write("../secret.txt", "的");
        StopwordFolder lists = folder();

        for (String name : new String[] {"../secret", "..", "/etc/passwd", "a/b", "secret.txt", "", "~", "a\\b"}) {
            assertThrows(NotFoundException.class, () -> lists.list(name), name);
        }
    }

    @Test
    void readsAFileAgainWhenItChangesAndForgetsItWhenDeleted() throws IOException {
        Path file = write("mine.txt", "这");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        StopwordFolder lists = folder();
        StopwordList first = lists.list("mine");
        assertSame(first, lists.list("mine"), "read once while unchanged");

        Files.writeString(file, "那", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertEquals(Set.of("那"), lists.list("mine").words());

        Files.writeString(file, "这个", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertEquals(Set.of("这个"), lists.list("mine").words(), "same time, other size");

        Files.delete(file);
        assertThrows(NotFoundException.class, () -> lists.list("mine"));
        assertFalse(lists.names().contains("mine"));
    }

    @Test
    void aBadFileIsAnErrorNamingItAndTheOthersStillWork() throws IOException {
        write("bad.txt", "的 了");
        write("good.txt", "的");
        StopwordFolder lists = folder();

        assertEquals("Stopword list file 'bad.txt', line 1, holds more than one word ('的 了'); write one word per line",
                assertThrows(CorpusException.class, () -> lists.list("bad")).getMessage());
        assertTrue(lists.names().contains("bad"));
        assertEquals(Set.of("的"), lists.list("good").words());
    }

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve("stopwords").resolve(name).normalize();
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
