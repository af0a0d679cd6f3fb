package org.corpusbench.loader.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Decodes byte ranges one after another into one text, replacing each undecodable sequence with one
 * U+FFFD and counting it, with the file offsets of the first ones. In charsets that extend ASCII an
 * ASCII byte (a line end, say) is never part of an undecodable sequence. Ranges may use different
 * charsets; each should end at a line end. Not thread-safe: one per text.
 */
final class CountingDecoder {
    static final int LOCATED = 10;
    private static final byte[] ASCII = {'\n', '0'};

    private final CharBuffer out;
    private final long[] offsets = new long[LOCATED];
    private int located;
    private long undecodable;

    /** @param capacity chars the whole text may need (bytes times the charsets' most chars per byte) */
    CountingDecoder(int capacity) {
        out = CharBuffer.allocate(capacity);
    }

    /** @return chars enough for {@code bytes} bytes in the charset, undecodable ones included */
    static int capacity(long bytes, Charset charset) {
        return (int) Math.min(Integer.MAX_VALUE - 8, (long) (bytes * (double) charset.newDecoder().maxCharsPerByte()) + 16);
    }

    /** Decodes bytes {@code from} (inclusive) to {@code to} (exclusive), appending to the text. */
    void decode(byte[] bytes, int from, int to, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from); // positions are offsets into bytes
        boolean asciiCompatible = charset.canEncode() && Arrays.equals("\n0".getBytes(charset), ASCII)
                && !charset.name().contains("2022"); // ISO-2022 text is 7-bit throughout
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                return;
            }
            if (result.isOverflow()) {
                throw new IllegalStateException("Output buffer sized too small for " + charset);
            }
            int length = asciiCompatible ? beforeAscii(bytes, in.position(), result.length()) : result.length();
            if (located < LOCATED) {
                offsets[located++] = in.position();
            }
            undecodable += length;
            in.position(in.position() + length);
            out.put('\uFFFD');
        }
    }

    /**
     * The JDK's GB18030 and Big5-HKSCS decoders take an ASCII byte after a lead byte into the undecodable
     * sequence, a line end too ("A4 0A" is one unmappable pair). As the WHATWG Encoding Standard does, the
     * sequence ends before such a byte, which is then decoded as itself.
     */
    private static int beforeAscii(byte[] bytes, int start, int length) {
        for (int i = 1; i < length; i++) {
            if (bytes[start + i] >= 0) {
                return i;
            }
        }
        return length;
    }

    String text() {
        return new String(out.array(), 0, out.position());
    }

    long undecodableBytes() {
        return undecodable;
    }

    long[] undecodableOffsets() {
        return Arrays.copyOf(offsets, located);
    }
}
