package org.corpusbench.references;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbench.api.CorpusException;

/**
 * Reads a reference list file: UTF-8 (a leading byte-order mark is skipped), one
 * {@code word<TAB>count} a line, the count a whole number from 1; blank lines and lines starting
 * with {@code #} are skipped, except one optional {@code # tokens: N} line giving the number of
 * tokens the counts are out of (else it is the sum of the counts; it may not be less). Anything
 * else (no tab, two tabs, a word with spaces or control characters, a bad count, a word twice,
 * bytes that are not UTF-8) is an error naming the file and the line, so a mistake never becomes a
 * word no token matches. Read line by line: a list of millions of words needs only its compact form.
 */
public final class ReferenceFile {
    private static final Pattern TOKENS = Pattern.compile("#\\s*tokens\\s*:\\s*(\\S*)\\s*");
    private static final int MAX_LINE = 1 << 16;

    private ReferenceFile() {
    }

    /**
     * @param in the file's content, read to its end (not closed)
     * @param fileName the file's name as the user knows it ("news.txt"), for messages
     * @param name the list's name
     * @return the list
     * @throws IOException if reading fails
     * @throws CorpusException naming the file and the line if it is not a reference list
     */
    public static CountedWords read(InputStream in, String fileName, String name) throws IOException {
        Builder builder = new Builder(fileName);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int lineNumber = 1;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    builder.line(line.toByteArray(), lineNumber++);
                    line.reset();
                } else if (line.size() == MAX_LINE) {
                    throw builder.error(lineNumber, "is longer than " + MAX_LINE + " bytes; is it a word list?");
                } else {
                    line.write(buffer[i]);
                }
            }
        }
        builder.line(line.toByteArray(), lineNumber);
        return builder.build(name);
    }

    /** Collects the words as UTF-8 bytes in arrival order, then sorts them once. */
    private static final class Builder {
        private final String fileName;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] text = new byte[1 << 16];
        private int textLength;
        private int[] start = new int[1 << 12];
        private long[] counts = new long[1 << 12];
        private int[] lines = new int[1 << 12];
        private int words;
        private long sum;
        private long tokens = -1;
        private int tokensLine;

        Builder(String fileName) {
            this.fileName = fileName;
        }

        CorpusException error(int line, String problem) {
            return new CorpusException("Reference list file '" + fileName + "', line " + line + ", " + problem);
        }

        void line(byte[] bytes, int number) {
            String line;
            try {
                line = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw error(number, "is not UTF-8 text; save the file as UTF-8");
            }
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                return;
            }
            if (line.startsWith("#")) {
                Matcher total = TOKENS.matcher(line);
                if (total.matches()) {
                    if (tokens >= 0) {
                        throw error(number, "gives the tokens again (line " + tokensLine + " did)");
                    }
                    tokens = number(total.group(1), number, "the tokens");
                    tokensLine = number;
                }
                return;
            }
            int tab = line.indexOf('\t');
            if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
                throw error(number, "is not a word, a tab and a count ('" + line + "')");
            }
            String word = line.substring(0, tab);
            if (word.isEmpty()) {
                throw error(number, "has no word before its tab");
            }
            for (int at = 0; at < word.length(); ) {
                int c = word.codePointAt(at);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                    throw error(number, "has a space or control character in its word ('" + word + "')");
                }
                at += Character.charCount(c);
            }
            add(word.getBytes(StandardCharsets.UTF_8), number(line.substring(tab + 1), number, "its count"), number);
        }

        private long number(String digits, int line, String what) {
            if (!digits.matches("[0-9]{1,18}") || Long.parseLong(digits) == 0) {
                throw error(line, "has '" + digits + "' as " + what + ", not a whole number from 1");
            }
            return Long.parseLong(digits);
        }

        private void add(byte[] word, long count, int line) {
            if (words + 1 >= start.length) {
                start = Arrays.copyOf(start, start.length * 2);
                counts = Arrays.copyOf(counts, counts.length * 2);
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            while (textLength + word.length > text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
            System.arraycopy(word, 0, text, textLength, word.length);
            start[words] = textLength;
            counts[words] = count;
            lines[words++] = line;
            textLength += word.length;
            start[words] = textLength;
            sum += count;
        }

        CountedWords build(String name) {
            if (tokens >= 0 && tokens < sum) {
                throw error(tokensLine, "gives " + tokens + " tokens, fewer than the " + sum + " its counts add up to");
            }
            Integer[] order = new Integer[words];
            for (int i = 0; i < words; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Arrays.compareUnsigned(text, start[x], start[x + 1], text, start[y], start[y + 1]));
            byte[] sortedText = new byte[textLength];
            int[] sortedStart = new int[words + 1];
            long[] sortedCounts = new long[words];
            int at = 0;
            for (int i = 0; i < words; i++) {
                int word = order[i];
                if (i > 0 && Arrays.equals(text, start[word], start[word + 1], text, start[order[i - 1]], start[order[i - 1] + 1])) {
                    int first = Math.min(lines[word], lines[order[i - 1]]);
                    int second = Math.max(lines[word], lines[order[i - 1]]);
                    throw error(second, "repeats the word of line " + first);
                }
                int length = start[word + 1] - start[word];
                System.arraycopy(text, start[word], sortedText, at, length);
                sortedStart[i] = at;
                sortedCounts[i] = counts[word];
                at += length;
            }
            sortedStart[words] = at;
            long total = tokens >= 0 ? tokens : sum;
            String description = "The user's reference list file '" + fileName + "': " + words + " words, " + total
                    + " tokens (" + (tokens >= 0 ? "its '# tokens' line" : "the sum of its counts") + ")";
            return new CountedWords(name, description, total, sortedText, sortedStart, sortedCounts);
        }
    }
}
