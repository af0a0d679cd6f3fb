package org.corpusbench.export.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A program holding tokens itself (the Spark job) writes, token by token with whitespace included, what
 * the writers write of a whole corpus: sentences of whitespace only left out, tags and metadata alike.
 */
class SentenceWritersTest {
    @ParameterizedTest
    @ValueSource(strings = {"vertical", "plain"})
    void tokenByTokenWritesWhatTheCorpusWalkWrites(String format) throws IOException {
        Function<ByteArrayOutputStream, SentenceWriter> writer = out -> format.equals("vertical") ? new VerticalWriter(out)
                : new PlainWriter(out);
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("聊城 日报 \u3000 <b>&", Map.of("Page", "10", "cleaning.steps", "x"));
        documents.put("\u3000", Map.of());
        documents.put("出席 了 \"会议\"", Map.of("title", "a\tb"));
        for (CorpusView corpus : new CorpusView[] {TestCorpus.withMetadata("t", documents),
            TestCorpus.tagged("t", "聊城/ns 发展/v 。/x")}) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            writer.apply(whole).write(corpus);

            ByteArrayOutputStream byToken = new ByteArrayOutputStream();
            SentenceWriter tokens = writer.apply(byToken);
            int sentence = 0;
            for (int index = 0; index < corpus.documentCount(); index++) {
                Document document = corpus.document(index);
                tokens.startDocument(document.id(), document.sourceId(), document.metadata());
                for (; sentence < corpus.sentenceCount() && corpus.sentenceStart(sentence) < corpus.documentStart(index + 1); sentence++) {
                    tokens.startSentence();
                    for (int position = corpus.sentenceStart(sentence); position < corpus.sentenceStart(sentence + 1); position++) {
                        int type = corpus.typeId(position);
                        tokens.token(corpus.lexicon().type(type), corpus.lexicon().category(type),
                                corpus.hasTags() ? corpus.tags().type(corpus.tagId(position)) : null);
                    }
                    tokens.endSentence();
                }
                tokens.endDocument();
            }
            tokens.flush();

            assertEquals(whole.toString(StandardCharsets.UTF_8), byToken.toString(StandardCharsets.UTF_8));
        }
    }
}
