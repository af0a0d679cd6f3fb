package org.corpusbench.stopwords;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.corpusbench.api.CorpusException;

/**
 * Reads a stopword list file: UTF-8 (a leading byte-order mark is skipped), one word per line,
 * spaces around a word ignored, blank lines ignored, a line whose first character (after spaces) is
 * {@code #} a comment. A line holding two words or a control character, or text that is not UTF-8,
 * is an error naming the file and the line, so a mistake is not silently a word no token matches.
 */
public final class StopwordFile {
    /** More than any real list: a guard against reading a wrong, huge file into memory. */
    public static final int MAX_BYTES = 16 << 20;

    private StopwordFile() {
    }

    /**
     * @param fileName the file's name as the user knows it
     * @return the error for a file over {@link #MAX_BYTES}
     */
    public static CorpusException tooLarge(String fileName) {
        return new CorpusException("Stopword list file '" + fileName + "' is larger than " + (MAX_BYTES >> 20)
                + " MiB; is it a word list?");
    }

    /**
     * @param bytes the file's content
     * @param fileName the file's name as the user knows it ("mine.txt"), for messages
     * @return the words, in file order, without duplicates
     * @throws CorpusException naming the file (and the line) if it cannot be read as a list
     */
    public static Set<String> read(byte[] bytes, String fileName) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(fileName);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException("Stopword list file '" + fileName + "' is not UTF-8 text; save it as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Set<String> words = new LinkedHashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String word = lines[i].strip();
            if (word.isEmpty() || word.startsWith("#")) {
                continue;
            }
            for (int at = 0; at < word.length(); ) {
                int c = word.codePointAt(at);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    throw new CorpusException("Stopword list file '" + fileName + "', line " + (i + 1) + ", holds more than "
                            + "one word ('" + word + "'); write one word per line");
                }
                if (Character.isISOControl(c)) {
                    throw new CorpusException("Stopword list file '" + fileName + "', line " + (i + 1)
                            + ", holds the control character " + String.format("U+%04X", c));
                }
                at += Character.charCount(c);
            }
            words.add(word);
        }
        return words;
    }
}
