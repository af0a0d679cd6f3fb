package org.corpusbench.jieba.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user dictionary in jieba's format, read as Python jieba 0.42.1's {@code load_userdict} reads
 * it: lines split after each {@code \n}, stripped of ASCII whitespace (so CRLF is fine), decoded
 * as UTF-8 (anything else is refused with the line number), leading byte order marks dropped,
 * blank lines skipped, and each line matched by {@code re_userdict}, {@code ^(.+?)( [0-9]+)?( [a-z]+)?$}:
 * a word (which may hold spaces), an optional frequency and an optional lower-case tag.
 */
final class UserWords {
    /** One line: a null frequency is suggested as jieba's {@code suggest_freq(word)} does; a null tag keeps the word's tag. */
    record UserWord(String word, Long frequency, String tag) {
    }

    private static final Pattern LINE = Pattern.compile("^(.+?)( [0-9]+)?( [a-z]+)?$", Pattern.DOTALL | Pattern.UNIX_LINES);

    private UserWords() {
    }

    /**
     * @param in the file's bytes
     * @param name what to call the file in an error
     * @return its words, in file order (a later line for a word wins when they are added)
     * @throws IOException if it cannot be read or a line is not UTF-8 (naming the file and line)
     */
    static List<UserWord> read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readAllBytes();
        List<UserWord> words = new ArrayList<>();
        int lineNumber = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            String line = decode(bytes, start, Math.min(bytes.length, end + 1), name, lineNumber);
            start = end + 1;
            int first = 0;
            while (first < line.length() && line.charAt(first) == '\uFEFF') {
                first++;
            }
            line = line.substring(first);
            if (line.isEmpty()) {
                continue;
            }
            Matcher match = LINE.matcher(line);
            if (!match.matches()) {
                throw new IOException(name + ", line " + lineNumber + ": not a dictionary entry: " + line);
            }
            Long frequency = match.group(2) == null ? null : Long.valueOf(match.group(2).strip());
            String tag = match.group(3) == null ? null : match.group(3).strip();
            words.add(new UserWord(match.group(1), frequency, tag));
        }
        return words;
    }

    /** Python's {@code bytes.strip()} (ASCII whitespace), then a strict UTF-8 decode. */
    private static String decode(byte[] bytes, int from, int to, String name, int lineNumber) throws IOException {
        while (from < to && isAsciiWhitespace(bytes[from])) {
            from++;
        }
        while (to > from && isAsciiWhitespace(bytes[to - 1])) {
            to--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(name + ", line " + lineNumber + ": not UTF-8; a user dictionary must be UTF-8", e);
        }
    }

    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
    }
}
