package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.SourceReport.Outcome;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated bad (and borderline good) inputs, each with the outcome a user must see: read, read
 * with its undecodable bytes counted, or skipped with a reason naming the problem. Every input is
 * loaded as a folder or archive holding it, so nothing may fail the whole load.
 */
class BadInputSuiteTest {
    private static final String TEXT = "本报讯（记者 赵宗锋）3月3日下午，聊城市纪念“三八”国际妇女节113周年暨“巾帼十杰”颁奖典礼举行。";
    private static final String TRADITIONAL = "本報訊（記者 趙宗鋒）3月3日下午，聊城市紀念「三八」國際婦女節113週年頒獎典禮舉行。";
    private static final long MAX = 4 << 20;

    @TempDir
    Path folder;

    /**
     * @param name what the input is
     * @param bytes the file's (or entry's) content
     * @param zipEntry the entry name if the input is an entry of a zip archive, else null
     * @param outcome what must happen
     * @param expect a fragment of the problem (skipped, damaged) or the encoding (read)
     */
    record Case(String name, byte[] bytes, String zipEntry, Outcome outcome, String expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        // empty and binary
        cases.add(skipped("empty file", new byte[0], "the file is empty"));
        cases.add(skipped("only a UTF-8 byte order mark", bytes(0xEF, 0xBB, 0xBF), "only a byte order mark"));
        cases.add(skipped("only a UTF-16LE byte order mark", bytes(0xFF, 0xFE), "only a byte order mark"));
        cases.add(skipped("NUL-heavy binary", nulHeavy(), "NUL bytes"));
        cases.add(skipped("one NUL inside text", concat(utf8, bytes(0), utf8), "NUL bytes"));
        cases.add(skipped("PNG image", concat(bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10), utf8), "a PNG image"));
        cases.add(skipped("JPEG image", concat(bytes(0xFF, 0xD8, 0xFF, 0xE0), utf8), "a JPEG image"));
        cases.add(skipped("GIF image", "GIF89a....".getBytes(StandardCharsets.US_ASCII), "a GIF image"));
        cases.add(skipped("PDF document", "%PDF-1.4\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), "a PDF document"));
        cases.add(skipped("zip archive named .txt", concat(bytes('P', 'K', 3, 4), utf8), "a zip archive"));
        cases.add(skipped("gzip named .txt", concat(bytes(0x1F, 0x8B, 8, 0), utf8), "gzip-compressed"));
        cases.add(skipped("UTF-16LE without a byte order mark", "plain ASCII text".getBytes(StandardCharsets.UTF_16LE),
                "without a byte order mark"));
        cases.add(skipped("UTF-32BE without a byte order mark", "abc".getBytes(Charset.forName("UTF-32BE")), "NUL bytes"));
        cases.add(skipped("a line longer than the maximum document size", ("聊城".repeat(1 << 20) + "。")
                .getBytes(StandardCharsets.UTF_8), "exceed the maximum document size"));
        // damaged: counted and located, never silently replaced
        cases.add(damaged("UTF-8 cut in the middle of a character", concat(utf8, utf8, Arrays.copyOf("聊".getBytes(StandardCharsets.UTF_8), 2)),
                "2 bytes could not be decoded as UTF-8, first at byte " + 2 * utf8.length));
        cases.add(damaged("an invalid byte in UTF-8", concat(utf8, bytes(0xFF), utf8), "1 bytes could not be decoded as UTF-8, first at byte "
                + utf8.length));
        cases.add(damaged("an overlong UTF-8 sequence", concat(utf8, bytes(0xC0, 0xAF), utf8), "could not be decoded as UTF-8"));
        cases.add(damaged("a surrogate encoded in UTF-8", concat(utf8, bytes(0xED, 0xA0, 0x80), utf8), "could not be decoded as UTF-8"));
        cases.add(damaged("a lone high surrogate in UTF-16LE", concat(bytes(0xFF, 0xFE), "聊城".getBytes(StandardCharsets.UTF_16LE),
                bytes(0x00, 0xD8), "日报".getBytes(StandardCharsets.UTF_16LE)), "could not be decoded as UTF-16LE"));
        cases.add(damaged("a lone low surrogate in UTF-16BE", concat(bytes(0xFE, 0xFF), bytes(0xDC, 0x00),
                "聊城".getBytes(StandardCharsets.UTF_16BE)), "could not be decoded as UTF-16BE"));
        cases.add(damaged("UTF-16BE with an odd number of bytes", concat(bytes(0xFE, 0xFF), "聊城".getBytes(StandardCharsets.UTF_16BE),
                bytes(0x4E)), "could not be decoded as UTF-16BE"));
        cases.add(damaged("UTF-32LE with a code point beyond Unicode", concat(bytes(0xFF, 0xFE, 0, 0),
                "聊城".getBytes(Charset.forName("UTF-32LE")), bytes(0, 0, 0x11, 0)), "could not be decoded as UTF-32LE"));
        // one encoding wins (here GB18030) and the part in the other is counted, whichever it is
        cases.add(damaged("mixed encodings: UTF-8, then GBK", concat(utf8, utf8, TEXT.getBytes("GBK")), "bytes could not be decoded as"));
        // mostly UTF-8 by lines: decoded line by line, and the report says which lines were decoded how
        byte[] newline = bytes('\n');
        cases.add(read("mixed encodings by line: UTF-8 lines, then a GBK line", concat(utf8, newline, utf8, newline,
                TEXT.getBytes("GBK")), "UTF-8+GB18030 (lines 1-2 UTF-8; 3 GB18030)"));
        cases.add(damaged("an invalid byte in one line of UTF-8 lines", concat(utf8, newline, utf8, bytes(0xFF), newline, utf8),
                "1 bytes could not be decoded as UTF-8, first at byte " + (2 * utf8.length + 1)));
        // good, in every encoding and shape the loader promises
        cases.add(read("GBK", TEXT.getBytes("GBK"), "GB18030"));
        cases.add(read("GB2312", "聊城市纪念国际妇女节颁奖典礼举行".getBytes("GB2312"), "GB18030"));
        cases.add(read("GB18030 with four-byte sequences", ("𠀀" + TEXT).getBytes("GB18030"), "GB18030"));
        cases.add(read("Big5", TRADITIONAL.getBytes("Big5"), "Big5-HKSCS"));
        cases.add(read("UTF-8 with Extension B characters", ("𠀀𠀁" + TEXT).getBytes(StandardCharsets.UTF_8), "UTF-8"));
        cases.add(read("UTF-8 with a byte order mark", concat(bytes(0xEF, 0xBB, 0xBF), utf8), "UTF-8"));
        cases.add(read("UTF-16LE with a byte order mark", concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE"));
        cases.add(read("UTF-16BE with a byte order mark", concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE"));
        cases.add(read("UTF-32LE with a byte order mark", concat(bytes(0xFF, 0xFE, 0, 0), TEXT.getBytes(Charset.forName("UTF-32LE"))),
                "UTF-32LE"));
        cases.add(read("UTF-32BE with a byte order mark", concat(bytes(0, 0, 0xFE, 0xFF), TEXT.getBytes(Charset.forName("UTF-32BE"))),
                "UTF-32BE"));
        cases.add(read("CRLF line endings", (TEXT + "\r\n" + TEXT + "\r\n").getBytes(StandardCharsets.UTF_8), "UTF-8"));
        cases.add(read("CR line endings", (TEXT + "\r" + TEXT + "\r").getBytes(StandardCharsets.UTF_8), "UTF-8"));
        cases.add(read("GBK with CRLF line endings", (TEXT + "\r\n" + TEXT).getBytes("GBK"), "GB18030"));
        cases.add(read("one line of 3 MB", TEXT.repeat((3 << 20) / utf8.length).getBytes(StandardCharsets.UTF_8), "UTF-8"));
        cases.add(read("zero-width and control characters", ("\u200B聊城\u0007日报\uFEFF").getBytes(StandardCharsets.UTF_8), "UTF-8"));
        cases.add(read("ASCII only", "Liaocheng Daily, 2024".getBytes(StandardCharsets.US_ASCII), "UTF-8"));
        // zip entries
        cases.add(entry("zip entry that climbs out with ..", "../../etc/x.txt", utf8, Outcome.SKIPPED, "escapes the archive"));
        cases.add(entry("zip entry with an absolute path", "/tmp/x.txt", utf8, Outcome.SKIPPED, "escapes the archive"));
        cases.add(entry("zip entry with a drive letter", "C:/x.txt", utf8, Outcome.SKIPPED, "escapes the archive"));
        cases.add(entry("zip entry with backslashes", "..\\x.txt", utf8, Outcome.SKIPPED, "escapes the archive"));
        cases.add(entry("zip entry with percent-encoded dots", "%2E%2E/x.txt", utf8, Outcome.SKIPPED, "escapes the archive"));
        cases.add(entry("zip bomb", "bomb.txt", "a".repeat(4 << 20).getBytes(StandardCharsets.US_ASCII), Outcome.SKIPPED,
                "like a zip bomb"));
        cases.add(entry("zip entry that is an image", "photo.png", bytes(0x89, 'P', 'N', 'G'), Outcome.SKIPPED, "not a .txt file"));
        cases.add(entry("binary zip entry named .txt", "data.txt", nulHeavy(), Outcome.SKIPPED, "NUL bytes"));
        cases.add(entry("GBK zip entry", "新闻.txt", TEXT.getBytes("GBK"), Outcome.READ, "GB18030"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyInputGetsTheOutcomeAUserMustSee(Case input) throws IOException {
        List<LoadedSource> sources = new ArrayList<>();
        List<SourceReport> skipped = new ArrayList<>();
        LoadOptions options = new LoadOptions(null, MAX);
        if (input.zipEntry() == null) {
            Path inputFolder = Files.createDirectories(folder.resolve("input"));
            Files.write(inputFolder.resolve("input.txt"), input.bytes());
            new TextFileReader().read(inputFolder, options, sources::add, skipped::add, Progress.NONE);
        } else {
            Path archive = folder.resolve("input.zip");
            try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry(input.zipEntry()));
                zip.write(input.bytes());
                zip.closeEntry();
            }
            new ZipReader(1L << 30).read(archive, options, sources::add, skipped::add, Progress.NONE);
        }

        List<SourceReport> reports = new ArrayList<>(skipped);
        sources.forEach(source -> reports.add(source.report()));
        assertEquals(1, reports.size());
        SourceReport report = reports.get(0);
        assertEquals(input.outcome(), report.outcome(), report.toString());
        if (input.outcome() == Outcome.READ) {
            assertEquals(input.expect(), report.encoding());
            assertEquals(0, report.undecodableBytes());
        } else {
            assertTrue(report.problem().contains(input.expect()), report.problem());
            assertTrue(report.problem().startsWith("Cannot load '") || input.outcome() == Outcome.DAMAGED, report.problem());
        }
        if (input.outcome() == Outcome.DAMAGED) {
            String text = sources.get(0).text();
            assertTrue(report.undecodableBytes() > 0 && !report.undecodableOffsets().isEmpty());
            assertTrue(text.indexOf('\uFFFD') >= 0, "each undecodable sequence is marked in the text");
            assertTrue(text.contains("聊城"), "the decodable part is kept");
        }
    }

    private static Case skipped(String name, byte[] bytes, String problem) {
        return new Case(name, bytes, null, Outcome.SKIPPED, problem);
    }

    private static Case damaged(String name, byte[] bytes, String problem) {
        return new Case(name, bytes, null, Outcome.DAMAGED, problem);
    }

    private static Case read(String name, byte[] bytes, String encoding) {
        return new Case(name, bytes, null, Outcome.READ, encoding);
    }

    private static Case entry(String name, String entry, byte[] bytes, Outcome outcome, String expect) {
        return new Case(name, bytes, entry, outcome, expect);
    }

    private static byte[] nulHeavy() {
        byte[] bytes = new byte[4096];
        new Random(5).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 3) {
            bytes[i] = 0;
        }
        return bytes;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
