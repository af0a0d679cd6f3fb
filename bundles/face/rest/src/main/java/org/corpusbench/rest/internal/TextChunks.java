package org.corpusbench.rest.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a long text in pieces that end at line breaks, so a segmenter can take it piece by
 * piece with bounded memory and give the same tokens as for the whole text: jieba (like every
 * segmenter here) cuts its input into blocks at every character that is not Han, a letter or a
 * digit, so no token crosses a line break, and {@code \r\n} stays in one piece. A line longer than
 * {@link #LIMIT} characters is cut after its last sentence end or space within the limit, and
 * only a run of that many characters without either is cut where the limit falls (never inside
 * a surrogate pair); those are the only places where tokens could differ from a whole-text run.
 */
final class TextChunks {
    /** The most characters a piece holds: its tokens (about one object per character or two) stay a few MB. */
    static final int LIMIT = 1 << 16;

    private final Reader reader;
    private final char[] buffer;
    private int filled;
    private boolean ended;

    TextChunks(Reader reader) {
        this(reader, LIMIT);
    }

    TextChunks(Reader reader, int limit) {
        this.reader = reader;
        this.buffer = new char[limit];
    }

    /** @return the next piece, or null at the end of the text */
    String next() throws IOException {
        while (!ended && filled < buffer.length) {
            int read = reader.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                ended = true;
            } else {
                filled += read;
            }
        }
        if (filled == 0) {
            return null;
        }
        int cut = ended ? filled : cut();
        String piece = new String(buffer, 0, cut);
        System.arraycopy(buffer, cut, buffer, 0, filled - cut);
        filled -= cut;
        return piece;
    }

    /** @return where to end a piece of a full buffer */
    private int cut() {
        int sentenceEnd = -1;
        int space = -1;
        for (int i = filled - 1; i > 0; i--) {
            char c = buffer[i - 1];
            if (c == '\n') {
                return i;
            }
            if (sentenceEnd < 0 && (c == '。' || c == '！' || c == '？')) {
                sentenceEnd = i;
            } else if (space < 0 && c != '\r' && Character.isWhitespace(c)) {
                space = i;
            }
        }
        if (sentenceEnd > 0) {
            return sentenceEnd;
        }
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(buffer[filled - 1]) ? filled - 1 : filled;
    }
}
