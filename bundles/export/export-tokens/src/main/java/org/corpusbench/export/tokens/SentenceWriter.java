package org.corpusbench.export.tokens;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.TokenType;

/**
 * Writes a segmented corpus document by document and sentence by sentence, leaving whitespace tokens out:
 * a sentence of whitespace only is not written at all. Either a whole {@link CorpusView} ({@link #write}), or,
 * for a program that holds the tokens itself (a Spark job), document by document through
 * {@link #startDocument}, {@link #startSentence}, {@link #token}, {@link #endSentence} and
 * {@link #endDocument}, every token given, whitespace too, which writes the same. Not thread-safe.
 */
public abstract class SentenceWriter implements Flushable {
    /** UTF-8, buffered; subclasses write their lines here. */
    protected final Writer writer;
    private boolean opened;

    /** @param out where the text goes, as UTF-8; flushed by {@link #flush()}, never closed */
    protected SentenceWriter(OutputStream out) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes the whole corpus in token order, tokens with their tags if it has them, then flushes. */
    public final void write(CorpusView corpus) throws IOException {
        int sentence = 0;
        boolean tagged = corpus.hasTags();
        for (int index = 0; index < corpus.documentCount(); index++) {
            int end = corpus.documentStart(index + 1);
            documentStart(corpus, index);
            while (sentence < corpus.sentenceCount() && corpus.sentenceStart(sentence) < end) {
                int sentenceEnd = corpus.sentenceStart(sentence + 1);
                startSentence();
                for (int position = corpus.sentenceStart(sentence); position < sentenceEnd; position++) {
                    int type = corpus.typeId(position);
                    TokenType category = corpus.lexicon().category(type);
                    if (category != TokenType.WHITESPACE) { // spares the look-ups token() would drop anyway
                        token(corpus.lexicon().type(type), category, tagged ? corpus.tags().type(corpus.tagId(position)) : null);
                    }
                }
                endSentence();
                sentence++;
            }
            endDocument();
        }
        flush();
    }

    /**
     * @param id the document's id
     * @param sourceId the id of the source it came from
     * @param metadata its metadata
     */
    public final void startDocument(String id, String sourceId, Map<String, String> metadata) throws IOException {
        documentStart(id, sourceId, metadata);
    }

    /** Starts a sentence, written once it has a token that is not whitespace. */
    public final void startSentence() {
        opened = false;
    }

    /**
     * @param word the token's text
     * @param type its type; a {@link TokenType#WHITESPACE} token is left out
     * @param tag its part-of-speech tag, or null if the corpus has no tags
     */
    public final void token(String word, TokenType type, String tag) throws IOException {
        if (type == TokenType.WHITESPACE) {
            return;
        }
        if (!opened) {
            sentenceStart();
            opened = true;
        }
        tokenLine(word, type, tag);
    }

    /** Ends the sentence, if any of it was written. */
    public final void endSentence() throws IOException {
        if (opened) {
            sentenceEnd();
        }
        opened = false;
    }

    public final void endDocument() throws IOException {
        documentEnd();
    }

    @Override
    public final void flush() throws IOException {
        writer.flush();
    }

    /** A document of a corpus being written: looks it up for {@link #documentStart(String, String, Map)}. */
    protected void documentStart(CorpusView corpus, int index) throws IOException {
        Document document = corpus.document(index);
        documentStart(document.id(), document.sourceId(), document.metadata());
    }

    protected abstract void documentStart(String id, String sourceId, Map<String, String> metadata) throws IOException;

    protected abstract void sentenceStart() throws IOException;

    /** A token that is not whitespace; {@code tag} is null if the corpus has no tags. */
    protected abstract void tokenLine(String word, TokenType type, String tag) throws IOException;

    protected abstract void sentenceEnd() throws IOException;

    protected abstract void documentEnd() throws IOException;
}
