package org.corpusbench.loader.text;

/**
 * A decoded file and how it was decoded.
 *
 * @param text the text; each undecodable byte sequence is one U+FFFD, counted below
 * @param encoding the Java name of the charset used, or the names of those used joined with "+" when
 *        decoded line by line
 * @param confidence 0-100: 100 for a byte order mark, a given encoding or valid UTF-8, else ICU4J's (the
 *        lowest of the detected blocks' when decoded line by line)
 * @param method how the encoding was chosen: {@code bom}, {@code given}, {@code utf-8}, {@code icu4j},
 *        {@code icu4j+common-characters} when ICU4J was unsure between GB18030 and Big5, or {@code mixed-lines}
 *        when mostly-UTF-8 text was decoded line by line ({@link MixedEncodingDecoder})
 * @param undecodableBytes bytes that could not be decoded in that charset
 * @param undecodableOffsets byte offsets of the first undecodable sequences (at most 10)
 * @param lines for {@code mixed-lines} with more than one charset, which 1-based lines were decoded how,
 *        e.g. {@code 1-120 UTF-8; 121-180 GB18030}; else ""
 */
public record DecodedText(String text, String encoding, int confidence, String method, long undecodableBytes,
        long[] undecodableOffsets, String lines) {
}
