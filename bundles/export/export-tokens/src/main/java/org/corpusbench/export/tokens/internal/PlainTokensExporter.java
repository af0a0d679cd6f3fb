package org.corpusbench.export.tokens.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.export.CorpusExporter;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code plain} token export: one sentence per line, tokens separated by single spaces (the
 * input most word-embedding and topic-model tools take), an empty line after each document.
 * Whitespace tokens are left out; spaces inside a token become U+00A0 so they cannot split it.
 */
@Component(service = CorpusExporter.class)
@CorpusExporter.Format("plain")
public final class PlainTokensExporter implements CorpusExporter {

    @Override
    public String format() {
        return "plain";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(CorpusView corpus, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new SentenceWalker() {
            private boolean first;

            @Override
            void startDocument(CorpusView view, int document) {
            }

            @Override
            void startSentence() {
                first = true;
            }

            @Override
            void token(String word, TokenType category, String tag) throws IOException {
                if (!first) {
                    writer.write(' ');
                }
                writer.write(word.replace(' ', '\u00A0'));
                first = false;
            }

            @Override
            void endSentence() throws IOException {
                writer.write('\n');
            }

            @Override
            void endDocument() throws IOException {
                writer.write('\n');
            }
        }.walk(corpus);
        writer.flush();
    }
}
