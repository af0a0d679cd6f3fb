package org.corpusbench.export.tokens;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.TokenType;

/**
 * Space-separated tokens: one sentence per line, tokens separated by single spaces (the input most
 * word-embedding and topic-model tools take), an empty line after each document. Whitespace tokens are
 * left out; spaces inside a token become U+00A0 so they cannot split it. The {@code plain} token export
 * writes with this class.
 */
public final class PlainWriter extends SentenceWriter {
    private boolean first;

    /** @param out where the text goes, as UTF-8; flushed, never closed */
    public PlainWriter(OutputStream out) {
        super(out);
    }

    /** Writes nothing for a document, so it does not look it up. */
    @Override
    protected void documentStart(CorpusView corpus, int index) {
    }

    @Override
    protected void documentStart(String id, String sourceId, Map<String, String> metadata) {
    }

    @Override
    protected void sentenceStart() {
        first = true;
    }

    @Override
    protected void tokenLine(String word, TokenType type, String tag) throws IOException {
        if (!first) {
            writer.write(' ');
        }
        writer.write(word.replace(' ', '\u00A0'));
        first = false;
    }

    @Override
    protected void sentenceEnd() throws IOException {
        writer.write('\n');
    }

    @Override
    protected void documentEnd() throws IOException {
        writer.write('\n');
    }
}
