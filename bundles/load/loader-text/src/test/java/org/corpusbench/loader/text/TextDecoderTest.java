package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbench.api.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {
    private static final String SIMPLIFIED = seedText();
    private static final String TRADITIONAL = "本報訊（記者 趙宗鋒）3月3日下午，聊城市紀念「三八」國際婦女節113週年暨「巾幗十傑」頒獎典禮舉行。";
    private final TextDecoder decoder = new TextDecoder();

    @ParameterizedTest(name = "{0} is detected as {1}")
    @CsvSource({"GB18030, GB18030", "GBK, GB18030", "UTF-8, UTF-8"})
    void detectsSimplifiedChineseEncodings(String written, String detected) {
        DecodedText decoded = decoder.decode(SIMPLIFIED.getBytes(Charset.forName(written)), "page.txt", null);

        assertEquals(SIMPLIFIED, decoded.text());
        assertEquals(detected, decoded.encoding());
        assertEquals(0, decoded.undecodableBytes());
    }

    @Test
    void validUtf8WithAReplacementCharacterOfItsOwnIsUtf8AndMalformedUtf8IsNot() {
        DecodedText valid = decoder.decode((SIMPLIFIED + "\uFFFD" + SIMPLIFIED).getBytes(StandardCharsets.UTF_8), "page.txt", null);
        assertEquals(SIMPLIFIED + "\uFFFD" + SIMPLIFIED, valid.text());
        assertEquals("utf-8", valid.method());
        assertEquals(0, valid.undecodableBytes());

        byte[] overlong = (SIMPLIFIED + "/" + SIMPLIFIED).getBytes(StandardCharsets.UTF_8);
        int slash = SIMPLIFIED.getBytes(StandardCharsets.UTF_8).length;
        byte[] malformed = new byte[overlong.length + 1];
        System.arraycopy(overlong, 0, malformed, 0, slash);
        malformed[slash] = (byte) 0xC0; // "/" as an overlong two-byte sequence, which UTF-8 forbids
        malformed[slash + 1] = (byte) 0xAF;
        System.arraycopy(overlong, slash + 1, malformed, slash + 2, overlong.length - slash - 1);
        assertTrue(decoder.decode(malformed, "page.txt", null).undecodableBytes() > 0, "the overlong sequence is counted");
    }

    @ParameterizedTest(name = "short text \"{0}\" in {1}")
    @CsvSource({"聊城市纪念国际妇女节, GBK, GB18030", "聊城, GBK, GB18030", "本报讯记者赵宗锋, GB18030, GB18030",
            "本報訊記者趙宗鋒, Big5, Big5-HKSCS", "國際婦女節頒獎典禮, Big5, Big5-HKSCS"})
    void decidesShortTextThatIcuCannotBetweenGbAndBig5(String text, String written, String detected) {
        DecodedText decoded = decoder.decode(text.getBytes(Charset.forName(written)), "short.txt", null);

        assertEquals(text, decoded.text());
        assertEquals(detected, decoded.encoding());
    }

    @Test
    void detectsBig5() {
        DecodedText decoded = decoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")), "tw.txt", null);

        assertEquals(TRADITIONAL, decoded.text());
        assertEquals("Big5-HKSCS", decoded.encoding());
        assertEquals("icu4j", decoded.method());
    }

    @ParameterizedTest(name = "{0} with a byte order mark")
    @CsvSource({"UTF-8, EFBBBF", "UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-32LE, FFFE0000", "UTF-32BE, 0000FEFF"})
    void followsAByteOrderMarkAndDropsIt(String charset, String bom) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < bom.length(); i += 2) {
            bytes.write(Integer.parseInt(bom.substring(i, i + 2), 16));
        }
        bytes.write(("𠀀" + SIMPLIFIED).getBytes(Charset.forName(charset)));

        DecodedText decoded = decoder.decode(bytes.toByteArray(), "bom.txt", null);

        assertEquals("𠀀" + SIMPLIFIED, decoded.text());
        assertEquals(charset, decoded.encoding());
        assertEquals("bom", decoded.method());
    }

    @Test
    void countsAndLocatesUndecodableBytesInsteadOfDroppingThem() {
        byte[] good = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        int boundary = SIMPLIFIED.substring(0, 10).getBytes(StandardCharsets.UTF_8).length;
        byte[] damaged = new byte[good.length + 2];
        System.arraycopy(good, 0, damaged, 0, boundary);
        damaged[boundary] = (byte) 0xC3; // a lead byte whose continuation is missing
        damaged[boundary + 1] = (byte) 0xFF; // never valid in UTF-8
        System.arraycopy(good, boundary, damaged, boundary + 2, good.length - boundary);

        DecodedText decoded = decoder.decode(damaged, "damaged.txt", StandardCharsets.UTF_8);

        assertEquals(2, decoded.undecodableBytes());
        assertArrayEquals(new long[] {boundary, boundary + 1}, decoded.undecodableOffsets());
        assertEquals(2, decoded.text().chars().filter(c -> c == '\uFFFD').count());
    }

    @Test
    void aGivenEncodingWinsOverDetection() {
        DecodedText decoded = decoder.decode("聊城".getBytes(Charset.forName("GB18030")), "x.txt", Charset.forName("Big5"));

        assertEquals("Big5", decoded.encoding());
        assertEquals("given", decoded.method());
    }

    @Test
    void refusesEmptyBinaryAndSignedFilesNamingThem() {
        assertMessage(new byte[0], "Cannot load 'f.txt': the file is empty");
        assertMessage(new byte[] {'a', 0, 'b', 0}, "Cannot load 'f.txt': it contains NUL bytes, so it is binary, or "
                + "UTF-16/32 without a byte order mark (then give the encoding)");
        assertMessage(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}, "Cannot load 'f.txt': it is a PNG image, not text");
        assertMessage("%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
                "Cannot load 'f.txt': it is a PDF document (extract its text first), not text");
        assertMessage(new byte[] {'P', 'K', 3, 4, 20, 0}, "Cannot load 'f.txt': it is a zip archive or Office document, not text");
    }

    private void assertMessage(byte[] bytes, String message) {
        assertEquals(message, assertThrows(CorpusException.class, () -> decoder.decode(bytes, "f.txt", null)).getMessage());
    }

    private static String seedText() {
        try {
            String page = Files.readString(Path.of("../../../seeds/000_a091517554f8b986.txt"), StandardCharsets.UTF_8);
            assertTrue(page.length() > 2000);
            return page.substring(0, 2000);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
