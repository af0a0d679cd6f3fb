package org.corpusbench.export.tokens.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.export.CorpusExporter;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code vertical} token export, the input format of CWB's {@code cwb-encode} (and of Sketch
 * Engine and NoSketch Engine): one token per line with two positional attributes, the word and its
 * type, separated by a tab, and a third, the part-of-speech tag, if the corpus has tags;
 * {@code <text>} elements carry the document id, source and metadata as attributes (the cleaning
 * report left out), {@code <s>} elements mark sentences. Encode it with
 * {@code cwb-encode -c utf8 -P type -S text:0+id+source -S s} ({@code -P type -P pos} for a corpus
 * with tags), naming the metadata keys you want as further {@code text} attributes. {@code &},
 * {@code <}, {@code >} and {@code "} are escaped as XML entities everywhere (cwb-encode's {@code -x}
 * decodes them); whitespace tokens are left out.
 */
@Component(service = CorpusExporter.class)
@CorpusExporter.Format("vertical")
public final class VerticalTokensExporter implements CorpusExporter {

    @Override
    public String format() {
        return "vertical";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "vrt";
    }

    @Override
    public void write(CorpusView corpus, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new SentenceWalker() {
            @Override
            void startDocument(CorpusView view, int index) throws IOException {
                Document document = view.document(index);
                writer.write("<text id=\"" + escape(document.id()) + "\" source=\"" + escape(document.sourceId()) + "\"");
                for (Map.Entry<String, String> entry : new TreeMap<>(document.metadata()).entrySet()) {
                    if (entry.getKey().startsWith(CleaningReport.PREFIX)) {
                        continue; // how the text was cleaned, not what it is: corpus:cleaning-report shows it
                    }
                    String name = entry.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
                    writer.write(" " + name + "=\"" + escape(entry.getValue()) + "\"");
                }
                writer.write(">\n");
            }

            @Override
            void startSentence() throws IOException {
                writer.write("<s>\n");
            }

            @Override
            void token(String word, TokenType category, String tag) throws IOException {
                writer.write(escape(word).replace('\t', ' ') + "\t" + category.name().toLowerCase(Locale.ROOT));
                if (tag != null) {
                    writer.write("\t" + escape(tag).replace('\t', ' '));
                }
                writer.write("\n");
            }

            @Override
            void endSentence() throws IOException {
                writer.write("</s>\n");
            }

            @Override
            void endDocument() throws IOException {
                writer.write("</text>\n");
            }
        }.walk(corpus);
        writer.flush();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", " ");
    }
}
