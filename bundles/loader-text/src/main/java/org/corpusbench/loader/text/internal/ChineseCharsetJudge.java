package org.corpusbench.loader.text.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Chooses between GB18030 and Big5 when ICU4J cannot (it gives both the same low confidence on short
 * text). Each reading is scored by the share of its Han characters that belong to its own standard's
 * common level: GB2312 level 1 (lead bytes B0-D7, the 3,755 most used simplified characters) or Big5
 * level 1 (lead bytes A4-C6, the 5,401 most used traditional ones). Bytes meant for one standard read
 * in the other land in rarer characters, so the true reading scores higher.
 */
final class ChineseCharsetJudge {
    private static final int SAMPLE_CHARS = 4096;

    private ChineseCharsetJudge() {
    }

    /** @return the share (0-1) of Han characters of a GB18030 reading that are common simplified ones */
    static double simplifiedScore(String text) {
        return score(text, Charset.forName("GB2312"), 0xB0, 0xD7);
    }

    /** @return the share (0-1) of Han characters of a Big5 reading that are common traditional ones */
    static double traditionalScore(String text) {
        return score(text, Charset.forName("Big5"), 0xA4, 0xC6);
    }

    private static double score(String text, Charset standard, int firstLead, int lastLead) {
        CharsetEncoder encoder = standard.newEncoder();
        int han = 0;
        int common = 0;
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            try {
                ByteBuffer bytes = encoder.encode(CharBuffer.wrap(new char[] {c}));
                int lead = bytes.get(0) & 0xFF;
                if (bytes.remaining() == 2 && lead >= firstLead && lead <= lastLead) {
                    common++;
                }
            } catch (CharacterCodingException e) {
                // not in the standard at all: not common
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }
}
