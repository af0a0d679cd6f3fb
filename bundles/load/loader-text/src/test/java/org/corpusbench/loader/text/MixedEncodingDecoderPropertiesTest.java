package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.corpusbench.api.CorpusException;

/** Properties of line-by-line decoding over generated input (jqwik). */
class MixedEncodingDecoderPropertiesTest {
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8,
            Charset.forName("GBK"), Charset.forName("Big5"));
    private static final List<String> ENDS = List.of("\n", "\r\n", "\r", "");

    @Property(tries = 3000)
    void aLineIsValidUtf8ExactlyWhenTheJdkDecodesIt(@ForAll @Size(min = 1, max = 12) byte[] line) {
        for (int i = 0; i < line.length; i++) {
            if (line[i] == '\n' || line[i] == '\r') {
                line[i] = (byte) 0xE4; // keep it one line
            }
        }
        line[0] = (byte) (line[0] | 0x80); // not pure ASCII
        boolean jdk;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
            jdk = true;
        } catch (CharacterCodingException e) {
            jdk = false;
        }
        assertEquals(jdk, Utf8Lines.scan(line) != null); // one line: a run of it if valid, else not mostly UTF-8
    }

    /** Whatever the lines, line ends come through as they were, and the ranges cover every line once. */
    @Property(tries = 300)
    void lineEndsSurviveAndTheRangesCoverEveryLine(@ForAll("lines") List<byte[]> lines) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        lines.forEach(file::writeBytes);
        byte[] bytes = file.toByteArray();
        DecodedText decoded;
        try {
            decoded = new TextDecoder().decode(bytes, "lines.txt", null);
        } catch (CorpusException e) {
            assertTrue(e.getMessage().startsWith("Cannot load 'lines.txt': "), e.getMessage());
            return;
        }
        Statistics.collect(decoded.method());
        // short NUL-free noise may be detected whole as UTF-16/32, where 0A is half a character
        Assume.that(!decoded.encoding().startsWith("UTF-16") && !decoded.encoding().startsWith("UTF-32"));
        assertEquals(count(bytes, '\n'), decoded.text().chars().filter(c -> c == '\n').count());
        assertEquals(count(bytes, '\r'), decoded.text().chars().filter(c -> c == '\r').count());
        assertEquals(decoded.undecodableBytes() == 0, decoded.undecodableOffsets().length == 0);
        if (!decoded.lines().isEmpty()) {
            assertEquals("mixed-lines", decoded.method());
        }
        if (!decoded.lines().isEmpty() && !decoded.lines().endsWith(" more ranges")) {
            int next = 1;
            for (String range : decoded.lines().split("; ")) {
                String[] lineNumbers = range.substring(0, range.indexOf(' ')).split("-");
                assertEquals(next, Integer.parseInt(lineNumbers[0]), decoded.lines());
                next = Integer.parseInt(lineNumbers[lineNumbers.length - 1]) + 1;
            }
            String text = decoded.text();
            long terminators = text.chars().filter(c -> c == '\n').count() + text.chars().filter(c -> c == '\r').count()
                    - text.split("\r\n", -1).length + 1;
            boolean unterminated = !text.endsWith("\n") && !text.endsWith("\r");
            assertEquals(terminators + (unterminated ? 1 : 0), next - 1, decoded.lines());
        }
    }

    @Provide
    Arbitrary<List<byte[]>> lines() {
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars('，', '。', 'a', '1')
                .ofMinLength(1).ofMaxLength(30);
        Arbitrary<byte[]> encoded = Combinators.combine(chinese, Arbitraries.of(CHARSETS), Arbitraries.of(ENDS))
                .as((text, charset, end) -> (text + end).getBytes(charset));
        Arbitrary<byte[]> noise = Arbitraries.bytes().filter(b -> b != 0).array(byte[].class).ofMinSize(1).ofMaxSize(8);
        return Arbitraries.frequencyOf(Tuple.of(8, encoded), Tuple.of(1, noise)).list().ofMinSize(1).ofMaxSize(40);
    }

    private static long count(byte[] bytes, char wanted) {
        long count = 0;
        for (byte b : bytes) {
            if (b == wanted) {
                count++;
            }
        }
        return count;
    }
}
