package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.corpusbench.api.CorpusException;

/** Properties of the decoder over generated input (jqwik). */
class TextDecoderPropertiesTest {
    private final TextDecoder decoder = new TextDecoder();

    @Property(tries = 2000)
    void anyBytesGiveTextOrOurClearErrorNeverAnythingElse(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            DecodedText decoded = decoder.decode(bytes, "random.bin", null);
            assertEquals(decoded.undecodableBytes() == 0, decoded.undecodableOffsets().length == 0);
        } catch (CorpusException e) {
            assertEquals(true, e.getMessage().startsWith("Cannot load 'random.bin': "), e.getMessage());
        }
    }

    @Property(tries = 1000)
    void chineseTextRoundTripsThroughUtf8AndUtf16WithABom(
            @ForAll @StringLength(min = 1, max = 200) @CharRange(from = '\u4e00', to = '\u9fff') @Chars({'，', '。', 'a', '1', '\n'})
            String text) {
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_8), "u8.txt", null).text());
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(text, decoder.decode(utf16, "u16.txt", null).text());
    }
}
