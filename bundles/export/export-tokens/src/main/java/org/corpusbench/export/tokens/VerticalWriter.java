package org.corpusbench.export.tokens;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.TokenType;

/**
 * CWB vertical format, the input of CWB's {@code cwb-encode} (and of Sketch Engine and NoSketch Engine):
 * one token per line with two positional attributes, the word and its type, separated by a tab, and a
 * third, the part-of-speech tag, if the corpus has tags; {@code <text>} elements carry the document id,
 * source and metadata as attributes (the cleaning report left out), {@code <s>} elements mark sentences.
 * Encode it with {@code cwb-encode -c utf8 -P type -S text:0+id+source -S s} ({@code -P type -P pos} for
 * a corpus with tags), naming the metadata keys you want as further {@code text} attributes. {@code &},
 * {@code <}, {@code >} and {@code "} are escaped as XML entities everywhere (cwb-encode's {@code -x}
 * decodes them); whitespace tokens are left out. The {@code vertical} token export writes with this class.
 */
public final class VerticalWriter extends SentenceWriter {
    /** @param out where the text goes, as UTF-8; flushed, never closed */
    public VerticalWriter(OutputStream out) {
        super(out);
    }

    @Override
    protected void documentStart(String id, String sourceId, Map<String, String> metadata) throws IOException {
        writer.write("<text id=\"" + escape(id) + "\" source=\"" + escape(sourceId) + "\"");
        for (Map.Entry<String, String> entry : new TreeMap<>(metadata).entrySet()) {
            if (entry.getKey().startsWith(CleaningReport.PREFIX)) {
                continue; // how the text was cleaned, not what it is: corpus:cleaning-report shows it
            }
            String name = entry.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            writer.write(" " + name + "=\"" + escape(entry.getValue()) + "\"");
        }
        writer.write(">\n");
    }

    @Override
    protected void sentenceStart() throws IOException {
        writer.write("<s>\n");
    }

    @Override
    protected void tokenLine(String word, TokenType type, String tag) throws IOException {
        writer.write(escape(word).replace('\t', ' ') + "\t" + type.name().toLowerCase(Locale.ROOT));
        if (tag != null) {
            writer.write("\t" + escape(tag).replace('\t', ' '));
        }
        writer.write("\n");
    }

    @Override
    protected void sentenceEnd() throws IOException {
        writer.write("</s>\n");
    }

    @Override
    protected void documentEnd() throws IOException {
        writer.write("</text>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", " ");
    }
}
