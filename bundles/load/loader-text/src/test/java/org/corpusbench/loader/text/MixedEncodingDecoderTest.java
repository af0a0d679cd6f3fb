package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.SourceReport;
import org.junit.jupiter.api.Test;

/** Text that is UTF-8 in most lines and GBK or Big5 in others, as concatenated exports are. */
class MixedEncodingDecoderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Lines of the seed page that hold Chinese, simplified. */
    private static final List<String> LINES = seedLines();

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void concatenatedUtf8GbkAndBig5TextRoundTripsAndTheReportNamesTheLines() throws IOException {
        List<String> utf8 = LINES.subList(0, 120);
        List<String> gbk = LINES.subList(120, 180);
        List<String> big5 = traditional(LINES.subList(180, 200));
        Bytes file = new Bytes().lines(utf8, StandardCharsets.UTF_8, "\n").lines(gbk, GBK, "\n").lines(big5, BIG5, "\n");

        DecodedText decoded = decoder.decode(file.bytes(), "concatenated.txt", null);

        assertEquals(file.text(), decoded.text());
        assertEquals("UTF-8+GB18030+Big5-HKSCS", decoded.encoding());
        assertEquals("mixed-lines", decoded.method());
        assertEquals("1-120 UTF-8; 121-180 GB18030; 181-200 Big5-HKSCS", decoded.lines());
        assertEquals(0, decoded.undecodableBytes());
    }

    @Test
    void eachLegacyBlockGetsItsOwnEncodingWhereverItIs() throws IOException {
        Bytes file = new Bytes().lines(LINES.subList(0, 30), StandardCharsets.UTF_8, "\n")
                .lines(traditional(LINES.subList(30, 40)), BIG5, "\n").lines(LINES.subList(40, 70), StandardCharsets.UTF_8, "\n")
                .lines(LINES.subList(70, 80), GBK, "\n").lines(traditional(LINES.subList(80, 85)), BIG5, "\n");

        DecodedText decoded = decoder.decode(file.bytes(), "blocks.txt", null);

        assertEquals(file.text(), decoded.text());
        assertEquals("UTF-8+Big5-HKSCS+GB18030", decoded.encoding());
        assertEquals("1-30 UTF-8; 31-40 Big5-HKSCS; 41-70 UTF-8; 71-80 GB18030; 81-85 Big5-HKSCS", decoded.lines());
    }

    @Test
    void listsAtMostTwentyRanges() throws IOException {
        Bytes file = new Bytes();
        for (int i = 0; i < 15; i++) {
            file.lines(LINES.subList(4 * i, 4 * i + 3), StandardCharsets.UTF_8, "\n").lines(LINES.subList(4 * i + 3, 4 * i + 4), GBK, "\n");
        }

        DecodedText decoded = decoder.decode(file.bytes(), "alternating.txt", null);

        assertEquals(file.text(), decoded.text());
        assertTrue(decoded.lines().startsWith("1-3 UTF-8; 4 GB18030; 5-7 UTF-8; 8 GB18030; "), decoded.lines());
        assertTrue(decoded.lines().endsWith("; 37-39 UTF-8; 40 GB18030; and 10 more ranges"), decoded.lines());
    }

    @Test
    void theSourceMetadataAndLoadReportSayWhichLinesWereDecodedHow() throws IOException {
        Bytes file = new Bytes().lines(LINES.subList(0, 30), StandardCharsets.UTF_8, "\n")
                .lines(LINES.subList(30, 40), GBK, "\n");

        LoadedSource source = new TextSources().decode(file.bytes(), "mixed.txt", "/in/mixed.txt", Map.of(), null);

        Map<String, String> metadata = source.source().metadata();
        assertEquals("UTF-8+GB18030", metadata.get("encoding"));
        assertEquals("mixed-lines", metadata.get("encoding.method"));
        assertEquals("1-30 UTF-8; 31-40 GB18030", metadata.get("encoding.lines"));
        assertEquals("0", metadata.get("undecodable.bytes"));
        assertEquals(SourceReport.Outcome.READ, source.report().outcome());
        assertEquals("UTF-8+GB18030 (lines 1-30 UTF-8; 31-40 GB18030)", source.report().encoding());
        assertEquals(file.text(), source.text());
    }

    @Test
    void aWholeGbkFileIsStillDetectedWhole() throws IOException {
        Bytes file = new Bytes().lines(LINES.subList(0, 80), GBK, "\n");

        DecodedText decoded = decoder.decode(file.bytes(), "gbk.txt", null);

        assertEquals(file.text(), decoded.text());
        assertEquals("GB18030", decoded.encoding());
        assertEquals("icu4j", decoded.method());
        assertEquals("", decoded.lines());
    }

    @Test
    void aMostlyGbkFileWithOneLineThatIsValidUtf8ByAccidentIsStillWholeGb18030() throws IOException {
        assertArrayEquals(new byte[] {(byte) 0xC1, (byte) 0xAA, (byte) 0xCD, (byte) 0xA8}, "联通".getBytes(GBK));
        Bytes file = new Bytes().lines(LINES.subList(0, 20), GBK, "\n").lines(List.of("联通"), GBK, "\n")
                .lines(LINES.subList(20, 40), GBK, "\n");

        DecodedText decoded = decoder.decode(file.bytes(), "gbk.txt", null);

        assertEquals(file.text(), decoded.text());
        assertEquals("GB18030", decoded.encoding());
        assertTrue(decoded.method().startsWith("icu4j"), decoded.method());
    }

    @Test
    void aShortLineThatIsValidUtf8ByAccidentInsideAGbkBlockStaysInTheBlock() throws IOException {
        Bytes file = new Bytes().lines(LINES.subList(0, 60), StandardCharsets.UTF_8, "\n")
                .lines(LINES.subList(60, 70), GBK, "\n").lines(List.of("联通"), GBK, "\n")
                .lines(LINES.subList(70, 80), GBK, "\n").lines(LINES.subList(80, 100), StandardCharsets.UTF_8, "\n");

        DecodedText decoded = decoder.decode(file.bytes(), "mixed.txt", null);

        assertEquals(file.text(), decoded.text());
        assertEquals("1-60 UTF-8; 61-81 GB18030; 82-101 UTF-8", decoded.lines());
    }

    @Test
    void keepsCrLfAndLoneCrAndCountsEachAsOneLineEnd() throws IOException {
        Bytes file = new Bytes().lines(LINES.subList(0, 20), StandardCharsets.UTF_8, "\r\n")
                .lines(LINES.subList(20, 25), StandardCharsets.UTF_8, "\r").lines(LINES.subList(25, 35), GBK, "\r\n")
                .lines(List.of("no final line end"), StandardCharsets.UTF_8, "");

        DecodedText decoded = decoder.decode(file.bytes(), "crlf.txt", null);

        assertEquals(file.text(), decoded.text());
        assertEquals("1-25 UTF-8; 26-36 GB18030", decoded.lines());
    }

    @Test
    void aTrulyUndecodableLineBecomesReplacementCharactersCountedAtTheirOffsets() throws IOException {
        Bytes file = new Bytes().lines(LINES.subList(0, 10), StandardCharsets.UTF_8, "\n");
        int offset = file.size() + 4;
        file.raw("bad ", new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, " line\n")
                .lines(LINES.subList(10, 20), StandardCharsets.UTF_8, "\n");

        DecodedText decoded = decoder.decode(file.bytes(), "damaged.txt", null);

        assertEquals(file.text(), decoded.text());
        assertEquals(3, decoded.undecodableBytes());
        assertArrayEquals(new long[] {offset, offset + 1, offset + 2}, decoded.undecodableOffsets());
        assertEquals("mixed-lines", decoded.method());
        SourceReport report = TextSources.report("damaged.txt", decoded);
        assertEquals(SourceReport.Outcome.DAMAGED, report.outcome());
        assertTrue(report.problem().startsWith("3 bytes could not be decoded as "), report.problem());
    }

    @Test
    void textThatIsNotMostlyUtf8IsLeftToWholeFileDetection() {
        Bytes gbkMajority = new Bytes().lines(LINES.subList(0, 10), StandardCharsets.UTF_8, "\n")
                .lines(LINES.subList(10, 30), GBK, "\n");
        Bytes asciiAside = new Bytes().lines(List.of("a", "b", "c", "d"), StandardCharsets.UTF_8, "\n")
                .lines(LINES.subList(0, 1), GBK, "\n");

        assertNull(Utf8Lines.scan(gbkMajority.bytes()));
        assertNull(Utf8Lines.scan(asciiAside.bytes()));
    }

    @Test
    void theSplitterCutsAGbkThenBig5RunWhereItTurns() throws IOException {
        Bytes file = new Bytes().lines(LINES.subList(0, 8), GBK, "\n").lines(traditional(LINES.subList(8, 14)), BIG5, "\n");
        Utf8Lines.Run run = new Utf8Lines.Run(false, 0, 1);
        run.end = file.size();
        run.lastLine = 14;
        run.nonAsciiLines = 14;

        List<GbBig5Splitter.Piece> pieces = GbBig5Splitter.split(file.bytes(), run);

        assertEquals(List.of("1-8 GB18030", "9-14 Big5"), pieces.stream()
                .map(p -> p.firstLine() + "-" + p.lastLine() + (p.big5() ? " Big5" : " GB18030")).toList());
        assertEquals(String.join("\n", LINES.subList(0, 8)) + "\n", new String(file.bytes(), 0, pieces.get(1).start(), GBK));
    }

    @Test
    void theSplitterKeepsAOneStandardRunWhole() throws IOException {
        Bytes file = new Bytes().lines(LINES.subList(0, 40), GBK, "\n");
        Utf8Lines.Run run = new Utf8Lines.Run(false, 0, 1);
        run.end = file.size();
        run.lastLine = 40;
        run.nonAsciiLines = 40;

        assertEquals(List.of(new GbBig5Splitter.Piece(0, file.size(), 1, 40, false)), GbBig5Splitter.split(file.bytes(), run));
    }

    private static List<String> traditional(List<String> simplified) {
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        List<String> lines = simplified.stream().map(toTraditional::transliterate).toList();
        lines.forEach(line -> assertTrue(BIG5.newEncoder().canEncode(line), line));
        return lines;
    }

    private static List<String> seedLines() {
        try {
            return Files.readAllLines(Path.of("../../../seeds/000_a091517554f8b986.txt"), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> line.chars().anyMatch(c -> c >= 0x80)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file built from lines in several encodings, and the text it holds. */
    private static final class Bytes {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final StringBuilder text = new StringBuilder();

        Bytes lines(List<String> lines, Charset charset, String end) {
            for (String line : lines) {
                assertTrue(charset.newEncoder().canEncode(line), line);
                bytes.writeBytes((line + end).getBytes(charset));
                text.append(line).append(end);
            }
            return this;
        }

        Bytes raw(String before, byte[] undecodable, String after) {
            bytes.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(undecodable);
            bytes.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
            text.append(before).append("\uFFFD".repeat(undecodable.length)).append(after);
            return this;
        }

        int size() {
            return bytes.size();
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }

        String text() {
            return text.toString();
        }
    }
}
