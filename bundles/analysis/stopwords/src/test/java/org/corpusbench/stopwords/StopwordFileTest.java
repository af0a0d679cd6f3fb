package org.corpusbench.stopwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corpusbench.api.CorpusException;
import org.junit.jupiter.api.Test;

class StopwordFileTest {

    @Test
    void readsWordsSkippingCommentsBlankLinesSpacesAndTheByteOrderMark() {
        String file = "\uFEFF# my list\r\n的\r\n  了 \n\n\t# indented comment\n\u3000着\u3000\r过\n的\n#了\nC#\n𠀀";
        assertEquals(List.of("的", "了", "着", "过", "C#", "𠀀"), List.copyOf(read(file)));
        assertEquals(Set.of(), read(""));
        assertEquals(Set.of(), read("\uFEFF"));
    }

    @Test
    void namesTheFileAndLineOfAMistake() {
        assertEquals("Stopword list file 'mine.txt', line 3, holds more than one word ('的 了'); write one word per line",
                assertThrows(CorpusException.class, () -> read("# x\n着\n的 了\n")).getMessage());
        assertEquals("Stopword list file 'mine.txt', line 1, holds more than one word ('的\t了'); write one word per line",
                assertThrows(CorpusException.class, () -> read("的\t了")).getMessage());
        assertEquals("Stopword list file 'mine.txt', line 2, holds the control character U+0000",
                assertThrows(CorpusException.class, () -> read("的\n了\0")).getMessage());
        assertEquals("Stopword list file 'mine.txt' is not UTF-8 text; save it as UTF-8",
                assertThrows(CorpusException.class, () -> StopwordFile.read("的了".getBytes(java.nio.charset.Charset
                        .forName("GB18030")), "mine.txt")).getMessage());
        assertEquals("Stopword list file 'mine.txt' is larger than 16 MiB; is it a word list?",
                assertThrows(CorpusException.class, () -> StopwordFile.read(new byte[StopwordFile.MAX_BYTES + 1],
                        "mine.txt")).getMessage());
    }

    /** A line as written: what it is, and the text around it. */
    private record Line(String kind, String text, String before, String after) {
        String write() {
            return switch (kind) {
                case "word" -> before + text + after;
                case "comment" -> before + "#" + text + after;
                default -> before + after;
            };
        }
    }

    @Property(tries = 300)
    void readsWhatANaiveReaderReads(@ForAll("lines") List<Line> lines, @ForAll boolean bom,
            @ForAll("endings") String ending) {
        Set<String> expected = new LinkedHashSet<>();
        List<String> written = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind().equals("word")) {
                expected.add(line.text());
            }
            written.add(line.write());
        }
        assertEquals(List.copyOf(expected), List.copyOf(read((bom ? "\uFEFF" : "") + String.join(ending, written))));
    }

    @Provide
    Arbitrary<List<Line>> lines() {
        Arbitrary<String> words = Arbitraries.of("的", "了", "着", "也就是说", "C#", "a", "𠀀", "#", "的的", "、");
        Arbitrary<String> commentText = Arbitraries.of("", " header", "的 了", "#");
        Arbitrary<String> spaces = Arbitraries.of("", " ", "\t", "\u3000", "  ");
        Arbitrary<Line> word = words.flatMap(w -> spaces.tuple2().map(s -> new Line("word", w, s.get1(), s.get2())))
                .filter(line -> !line.text().startsWith("#"));
        Arbitrary<Line> comment = commentText.flatMap(t -> spaces.tuple2().map(s -> new Line("comment", t, s.get1(), s.get2())));
        Arbitrary<Line> blank = spaces.tuple2().map(s -> new Line("blank", "", s.get1(), s.get2()));
        return Arbitraries.oneOf(word, word, comment, blank).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    private static Set<String> read(String text) {
        return StopwordFile.read(text.getBytes(StandardCharsets.UTF_8), "mine.txt");
    }
}
