package org.corpusbench.loader.text.internal;

/**
 * A decoded file and how it was decoded.
 *
 * @param text the text; each undecodable byte sequence is one U+FFFD, counted below
 * @param encoding the Java name of the charset used
 * @param confidence 0-100: 100 for a byte order mark, a given encoding or valid UTF-8, else ICU4J's
 * @param method how the encoding was chosen: {@code bom}, {@code given}, {@code utf-8}, {@code icu4j}, or
 *        {@code icu4j+common-characters} when ICU4J was unsure between GB18030 and Big5
 * @param undecodableBytes bytes that could not be decoded in that charset
 * @param undecodableOffsets byte offsets of the first undecodable sequences (at most 10)
 */
record DecodedText(String text, String encoding, int confidence, String method, long undecodableBytes,
        long[] undecodableOffsets) {
}
