package org.corpusbench.references;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.analysis.ReferenceList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ReferenceFolderTest {
    @TempDir
    Path root;

    private final List<ReferenceList> registered = new ArrayList<>();

    private ReferenceFolder folder() {
        return new ReferenceFolder(root.resolve("references"), () -> List.copyOf(registered));
    }

    @Test
    void offersRegisteredListsWithoutAFolder() {
        ReferenceList jieba = new Fixed("jieba", Map.of("的", 10L));
        registered.add(jieba);
        ReferenceFolder lists = folder();

        assertEquals(List.of("jieba"), lists.names());
        assertSame(jieba, lists.list("jieba"));
        assertEquals("Unknown reference list 'news'", assertThrows(NotFoundException.class, () -> lists.list("news")).getMessage());
    }

    @Test
    void offersFilesWithUsableNamesAndAFileWinsOverARegisteredList() throws IOException {
        registered.add(new Fixed("jieba", Map.of("的", 10L)));
        registered.add(new Fixed("jieba", Map.of("了", 1L)));
        registered.add(new Fixed("other", Map.of("了", 1L)));
        write("news.txt", "经济\t3\n");
        write("jieba.txt", "的\t7\n");
        write("two words.txt", "的\t1\n");
        write("notes.md", "的\t1\n");
        ReferenceFolder lists = folder();

        assertEquals(List.of("jieba", "news", "other"), lists.names());
        assertEquals(3, lists.list("news").count("经济"));
        assertEquals(7, lists.list("jieba").count("的"), "the file, not the registered list");
        assertThrows(NotFoundException.class, () -> lists.list("two words"));
    }

    @Test
    void ofTwoRegisteredListsWithOneNameTheFirstWins() {
        registered.add(new Fixed("jieba", Map.of("的", 10L)));
        registered.add(new Fixed("jieba", Map.of("了", 1L)));

        assertEquals(10, folder().list("jieba").count("的"));
    }

    @Test
    void neverLooksOutsideTheFolder() throws IOException {
        write("../secret.txt", "的\t1\n");
        ReferenceFolder lists = folder();
        for (String name : new String[] {"../secret", "..", "/etc/passwd", "a/b", "secret.txt", "", "~", "a\\b"}) {
            assertThrows(NotFoundException.class, () -> lists.list(name), name);
        }
    }

    @Test
    void readsAFileAgainWhenItChangesAndFallsBackWhenItIsDeleted() throws IOException {
        registered.add(new Fixed("jieba", Map.of("的", 10L)));
        Path file = write("jieba.txt", "的\t1\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        ReferenceFolder lists = folder();
        ReferenceList first = lists.list("jieba");
        assertSame(first, lists.list("jieba"), "read once while unchanged");

        Files.writeString(file, "的\t2\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertEquals(2, lists.list("jieba").count("的"));

        Files.writeString(file, "的\t33\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertEquals(33, lists.list("jieba").count("的"), "same time, other size");

        Files.delete(file);
        assertEquals(10, lists.list("jieba").count("的"), "the registered list again");
    }

    @Test
    void aBadFileIsAnErrorNamingItAndTheOthersStillWork() throws IOException {
        write("bad.txt", "的 1\n");
        write("good.txt", "的\t1\n");
        Files.createDirectories(root.resolve("references/folder.txt"));
        ReferenceFolder lists = folder();

        assertEquals("Reference list file 'bad.txt', line 1, is not a word, a tab and a count ('的 1')",
                assertThrows(CorpusException.class, () -> lists.list("bad")).getMessage());
        assertEquals("Reference list file 'folder.txt' is not a file",
                assertThrows(CorpusException.class, () -> lists.list("folder")).getMessage());
        assertTrue(lists.names().contains("bad"));
        assertFalse(lists.names().contains("folder"));
        assertEquals(1, lists.list("good").count("的"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve("references").resolve(name).normalize();
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A registered list. */
    public record Fixed(String name, Map<String, Long> counts) implements ReferenceList {
        @Override
        public String description() {
            return "fixed";
        }

        @Override
        public long tokens() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public long count(String word) {
            return counts.getOrDefault(word, 0L);
        }

        @Override
        public void forEach(ObjLongConsumer<String> action) {
            counts.forEach(action::accept);
        }
    }
}
