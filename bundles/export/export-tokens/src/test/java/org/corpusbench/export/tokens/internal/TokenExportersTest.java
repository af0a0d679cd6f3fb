package org.corpusbench.export.tokens.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class TokenExportersTest {
    // TestCorpus: each document is one sentence; the whitespace token is left out of both exports
    private final TestCorpus corpus = TestCorpus.withMetadata("t", new LinkedHashMap<>(Map.of(
            "聊城 日报 \u3000 <b>&", Map.of("Page", "10"))));

    @Test
    void plainIsOneSentencePerLineWithSpaces() throws IOException {
        assertEquals("聊城 日报 <b>&\n\n", export(new PlainTokensExporter(), TestCorpus.withMetadata("t",
                new LinkedHashMap<>(Map.of("聊城 日报 \u3000 <b>&", Map.of())))));
    }

    @Test
    void verticalIsOneTokenPerLineWithTypeAndEscapedMarkup() throws IOException {
        assertEquals("<text id=\"doc0\" source=\"doc0\" page=\"10\">\n<s>\n聊城\tchinese_word\n日报\tchinese_word\n"
                + "&lt;b&gt;&amp;\tsymbol\n</s>\n</text>\n", export(new VerticalTokensExporter(), corpus));
    }

    @Test
    void verticalOfATaggedCorpusHasTheTagColumn() throws IOException {
        assertEquals("<text id=\"doc0\" source=\"doc0\">\n<s>\n聊城\tchinese_word\tns\n发展\tchinese_word\tv\n。\tpunctuation\tx\n</s>\n"
                + "</text>\n", export(new VerticalTokensExporter(), TestCorpus.tagged("t", "聊城/ns 发展/v 。/x")));
    }

    @Test
    void documentsWithoutWordsGetNoSentence() throws IOException {
        assertEquals("<text id=\"doc0\" source=\"doc0\">\n</text>\n",
                export(new VerticalTokensExporter(), TestCorpus.of("t", "\u3000")));
    }

    private static String export(CorpusExporter exporter, CorpusView corpus) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(corpus, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
