package org.corpusbench.jieba.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CutStability} must never call two cuts alike that differ (checked on every line of the seeds
 * and the 1 MB generated reference text), and should prove most lines alike after a small change.
 */
class CutStabilityTest {
    private static final Path REFERENCE = Path.of("src/test/resources/jieba-0.42.1");
    private static List<String> lines;
    private static JiebaEngine plain;

    @BeforeAll
    static void load() throws IOException {
        lines = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("../../../seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                lines.addAll(List.of(Files.readString(seed, StandardCharsets.UTF_8).split("\n")));
            }
        }
        lines.addAll(List.of(Files.readString(REFERENCE.resolve("generated.txt"), StandardCharsets.UTF_8).split("\n")));
        plain = JiebaResources.engine(List.of());
    }

    @Test
    void afterOneAddedWordOnlyLinesThatMayChangeAreCutAgain() {
        JiebaEngine withName = JiebaResources.engine(List.of(new UserWords.UserWord("东昌府区", null, "ns"),
                new UserWords.UserWord("聊城日报", 20L, "nt")));
        Predicate<String> alike = new CutStability(plain, withName);
        int proven = 0;
        int changed = 0;
        for (String line : lines) {
            boolean same = plain.cut(line, true).equals(withName.cut(line, true));
            if (alike.test(line)) {
                assertTrue(same, () -> "proven alike but cut differently: " + line);
                proven++;
            }
            changed += same ? 0 : 1;
            if (line.contains("东昌府区") || line.contains("聊城日报")) {
                assertFalse(alike.test(line), line);
            }
        }
        assertTrue(changed > 0, "the seeds name 东昌府区, which jieba alone splits");
        assertTrue(proven > lines.size() * 9 / 10, proven + " of " + lines.size() + " lines proven alike");
    }

    @Test
    void aLargeChangeOfTheTotalAloneChangesCutsAndTheProofSeesIt() {
        // A word found in no text, with a frequency that multiplies the total: every route's words
        // now cost more, which favours routes of fewer, longer words.
        JiebaEngine heavier = JiebaResources.engine(List.of(new UserWords.UserWord("𠀀𠀁", 1_000_000_000_000L, null)));
        Predicate<String> alike = new CutStability(plain, heavier);
        int changedWithoutTheWord = 0;
        for (String line : lines) {
            boolean same = plain.cut(line, true).equals(heavier.cut(line, true));
            if (!same) {
                changedWithoutTheWord++;
                assertFalse(alike.test(line), () -> "proven alike but cut differently: " + line);
            }
        }
        assertTrue(changedWithoutTheWord > 0, "the total alone changed no cut: the test shows nothing");
    }

    @Test
    void manyChangedWordsAreFoundByTheTrieAsOneByOne() {
        List<UserWords.UserWord> words = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            words.add(new UserWords.UserWord(new String(Character.toChars(0x20000 + i)) + "区", 5L, null)); // found in no line
        }
        words.add(new UserWords.UserWord("东昌府区", null, "ns"));
        JiebaEngine withMany = JiebaResources.engine(words);
        Predicate<String> alike = new CutStability(plain, withMany);
        for (String line : lines) {
            if (line.contains("东昌府区")) {
                assertFalse(alike.test(line), line);
            } else if (alike.test(line)) {
                assertEquals(plain.cut(line, true), withMany.cut(line, true), line);
            }
        }
    }

    @Test
    void identicalDictionariesProveEveryLine() {
        JiebaEngine same = JiebaResources.engine(List.of());
        Predicate<String> alike = new CutStability(plain, same);
        assertEquals(lines.size(), lines.stream().filter(alike).count());
    }
}
