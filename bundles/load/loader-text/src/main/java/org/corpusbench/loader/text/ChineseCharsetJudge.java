package org.corpusbench.loader.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * Chooses between GB18030 and Big5 when ICU4J cannot (it gives both the same low confidence on short
 * text). Each reading is scored by the share of its Han characters that belong to its own standard's
 * common level: GB2312 level 1 (lead bytes B0-D7, the 3,755 most used simplified characters) or Big5
 * level 1 (lead bytes A4-C6, the 5,401 most used traditional ones). Bytes meant for one standard read
 * in the other land in rarer characters, so the true reading scores higher.
 */
final class ChineseCharsetJudge {
    private static final int SAMPLE_CHARS = 4096;
    private static final BitSet SIMPLIFIED = level(Charset.forName("GB2312"), 0xB0, 0xD7);
    private static final BitSet TRADITIONAL = level(Charset.forName("Big5"), 0xA4, 0xC6);

    private ChineseCharsetJudge() {
    }

    /** @return the share (0-1) of Han characters of a GB18030 reading that are common simplified ones */
    static double simplifiedScore(String text) {
        return score(text, SIMPLIFIED);
    }

    /** @return the share (0-1) of Han characters of a Big5 reading that are common traditional ones */
    static double traditionalScore(String text) {
        return score(text, TRADITIONAL);
    }

    /** @return whether {@code c} is in GB2312 level 1 */
    static boolean commonSimplified(char c) {
        return SIMPLIFIED.get(c);
    }

    /** @return whether {@code c} is in Big5 level 1 */
    static boolean commonTraditional(char c) {
        return TRADITIONAL.get(c);
    }

    private static double score(String text, BitSet common) {
        int han = 0;
        int found = 0;
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (common.get(c)) {
                    found++;
                }
            }
        }
        return han == 0 ? 0 : (double) found / han;
    }

    /** @return the characters of the double-byte codes with these lead bytes (any trail byte) */
    private static BitSet level(Charset standard, int firstLead, int lastLead) {
        BitSet chars = new BitSet(0x10000);
        CharsetDecoder decoder = standard.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int lead = firstLead; lead <= lastLead; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                try {
                    CharBuffer decoded = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
                    if (decoded.length() == 1 && Character.UnicodeScript.of(decoded.get(0)) == Character.UnicodeScript.HAN) {
                        chars.set(decoded.get(0));
                    }
                } catch (CharacterCodingException e) {
                    // no character there
                }
            }
        }
        return chars;
    }
}
