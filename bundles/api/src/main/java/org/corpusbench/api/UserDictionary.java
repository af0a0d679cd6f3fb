package org.corpusbench.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named user dictionary: words a segmenter should know besides its own, as lines of jieba's
 * {@code load_userdict} format, {@code word [frequency] [tag]}. Lines keep their order; a later line
 * for a word wins, as in jieba. Immutable.
 *
 * @param name the dictionary's name
 * @param entries its entries, in order
 * @since 1.10
 */
public record UserDictionary(String name, List<Entry> entries) {
    /** Names: letters (Chinese included), digits, '_' and '-', 1 to 64 of them. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-]{1,64}");

    /** @throws CorpusException if the name is not a valid dictionary name */
    public UserDictionary {
        checkName(name);
        entries = List.copyOf(entries);
    }

    /**
     * @param name a proposed dictionary name
     * @return the name
     * @throws CorpusException naming the name and the rule, if it breaks it
     */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new CorpusException("A dictionary name is 1 to 64 letters, digits, '_' or '-', not '" + name + "'");
        }
        return name;
    }

    /**
     * Reads a dictionary file as jieba 0.42.1's {@code load_userdict} does: lines split after each
     * {@code \n}, stripped of ASCII whitespace (so CRLF is fine), decoded as UTF-8, byte order marks
     * dropped, blank lines skipped.
     *
     * @param bytes the file's content
     * @param source what to call the file in an error
     * @return its entries, in order
     * @throws CorpusException naming the source and line, if a line is not UTF-8 or not an entry
     */
    public static List<Entry> read(byte[] bytes, String source) {
        List<Entry> entries = new java.util.ArrayList<>();
        int lineNumber = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            int from = start;
            int to = end;
            start = end + 1;
            while (from < to && isAsciiWhitespace(bytes[from])) {
                from++;
            }
            while (to > from && isAsciiWhitespace(bytes[to - 1])) {
                to--;
            }
            String line;
            try {
                line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes, from, to - from)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new CorpusException(source + ", line " + lineNumber + ": not UTF-8; a user dictionary must be UTF-8", e);
            }
            line = line.replaceFirst("^\uFEFF+", "");
            if (!line.isEmpty()) {
                try {
                    entries.add(Entry.parse(line));
                } catch (CorpusException e) {
                    throw new CorpusException(source + ", line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return entries;
    }

    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
    }

    /** @return the entries as the lines of a dictionary file, each ended by a line feed */
    public String text() {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(entry.line()).append('\n'));
        return text.toString();
    }

    /** @return the SHA-256 of {@link #text()} in UTF-8, in lower-case hex: what a corpus's provenance records */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * One line of a user dictionary.
     *
     * @param word the word; it may hold spaces, as jieba allows
     * @param frequency its frequency, or null to let the segmenter suggest one (jieba's {@code suggest_freq})
     * @param tag its part-of-speech tag in lower-case letters, or null to keep the word's own
     */
    public record Entry(String word, Long frequency, String tag) {
        /** jieba 0.42.1's {@code re_userdict}. */
        private static final Pattern LINE = Pattern.compile("^(.+?)( [0-9]+)?( [a-z]+)?$", Pattern.DOTALL | Pattern.UNIX_LINES);

        /** @throws CorpusException if the parts would not read back as this entry */
        public Entry {
            if (word == null || word.isBlank() || word.indexOf('\n') >= 0 || word.indexOf('\r') >= 0) {
                throw new CorpusException("A dictionary word is one line of text, not '" + word + "'");
            }
            if (frequency != null && frequency < 0) {
                throw new CorpusException("The frequency of '" + word + "' must not be negative: " + frequency);
            }
            if (tag != null && !tag.matches("[a-z]+")) {
                throw new CorpusException("The tag of '" + word + "' must be lower-case letters (n, ns, nr, v), not '" + tag + "'");
            }
            Parts read = readLine(word + (frequency == null ? "" : " " + frequency) + (tag == null ? "" : " " + tag));
            if (!read.word().equals(word)) {
                throw new CorpusException("'" + word + "' would be read back as '" + read.word()
                        + "': a word cannot end in a space followed by digits or lower-case letters");
            }
        }

        /**
         * Reads a line as jieba's {@code load_userdict} does once the line is stripped and decoded.
         *
         * @param line one line, without its line break
         * @return the entry
         * @throws CorpusException if the line is empty
         */
        public static Entry parse(String line) {
            Parts read = readLine(line);
            return new Entry(read.word(), read.frequency(), read.tag());
        }

        private static Parts readLine(String line) {
            Matcher match = LINE.matcher(line);
            if (line.isEmpty() || !match.matches()) {
                throw new CorpusException("Not a dictionary entry (word [frequency] [tag]): '" + line + "'");
            }
            Long frequency;
            try {
                frequency = match.group(2) == null ? null : Long.valueOf(match.group(2).strip());
            } catch (NumberFormatException e) {
                throw new CorpusException("The frequency in '" + line + "' is too large", e);
            }
            String tag = match.group(3) == null ? null : match.group(3).strip();
            return new Parts(match.group(1), frequency, tag);
        }

        /** A line's parts as read, before they are checked. */
        private record Parts(String word, Long frequency, String tag) {
        }

        /** @return the entry as a line of a dictionary file, without its line break */
        public String line() {
            return word + (frequency == null ? "" : " " + frequency) + (tag == null ? "" : " " + tag);
        }
    }
}
