package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class SelectedDocumentsTest {
    private final TestCorpus corpus = corpus("经济 发展 。 很 好", "没有", "经济 。 再 说 。", "", "好 经济");

    /** Documents of tokens separated by spaces; an empty one has none. */
    private static TestCorpus corpus(String... documents) {
        TestCorpus.Builder builder = TestCorpus.builder("news");
        for (int d = 0; d < documents.length; d++) {
            List<Token> tokens = new ArrayList<>();
            int offset = 0;
            for (String token : documents[d].isEmpty() ? new String[0] : documents[d].split(" ")) {
                tokens.add(new Token(token, offset, offset + token.length(), TokenType.classify(token)));
                offset += token.length();
            }
            String text = documents[d].replace(" ", "");
            builder.source(new Source("doc" + d, "doc" + d, Map.of()));
            builder.document(new Document("doc" + d, "doc" + d, Map.of(), text, text), OffsetMap.identity(offset), tokens);
        }
        return builder.build();
    }

    private static List<String> tokens(CorpusView view) {
        List<String> tokens = new ArrayList<>();
        for (int position = 0; position < view.tokenCount(); position++) {
            tokens.add(view.lexicon().type(view.typeId(position)));
        }
        return tokens;
    }

    /** Each sentence as its tokens joined, so a boundary in the wrong place shows. */
    private static List<String> sentences(CorpusView view) {
        List<String> sentences = new ArrayList<>();
        for (int sentence = 0; sentence < view.sentenceCount(); sentence++) {
            StringBuilder text = new StringBuilder();
            for (int position = view.sentenceStart(sentence); position < view.sentenceStart(sentence + 1); position++) {
                text.append(view.lexicon().type(view.typeId(position)));
            }
            sentences.add(text.toString());
        }
        return sentences;
    }

    @Test
    void showsOnlyTheSelectedDocumentsNumberedAfreshWithTheirSentences() {
        SelectedDocuments selected = new SelectedDocuments(corpus, new DocumentSelection("0,2-4", i -> i != 1));
        assertEquals(4, selected.documentCount());
        assertEquals(List.of(corpus.documentId(0), corpus.documentId(2), corpus.documentId(3), corpus.documentId(4)),
                List.of(selected.documentId(0), selected.documentId(1), selected.documentId(2), selected.documentId(3)));
        assertEquals(List.of("经济", "发展", "。", "很", "好", "经济", "。", "再", "说", "。", "好", "经济"), tokens(selected));
        assertEquals(List.of("经济发展。", "很好", "经济。", "再说。", "好经济"), sentences(selected));
        assertEquals(List.of(0, 5, 10, 10, 12), List.of(selected.documentStart(0), selected.documentStart(1),
                selected.documentStart(2), selected.documentStart(3), selected.documentStart(4)));
        assertEquals(1, selected.documentOf(5));
        assertEquals(3, selected.documentOf(10)); // the empty document 2 holds no position
        assertEquals(corpus.tokenStart(corpus.documentStart(2) + 1), selected.tokenStart(6));
        assertEquals(corpus.document(4), selected.document(3));
        assertThrows(IndexOutOfBoundsException.class, () -> selected.documentOf(12));
    }

    @Test
    void positionsOfATypeAreThoseInTheSelectedDocumentsRenumbered() {
        SelectedDocuments selected = new SelectedDocuments(corpus, new DocumentSelection("2,4", i -> i == 2 || i == 4));
        int economy = corpus.lexicon().id("经济");
        IntBuffer positions = selected.positions(economy);
        int[] found = new int[positions.remaining()];
        positions.get(found);
        assertArrayEquals(new int[] {0, 6}, found);
        for (int position : found) {
            assertEquals(economy, selected.typeId(position));
        }
    }

    @Test
    void allDocumentsReadAsTheCorpusAndNoneAsAnEmptyOne() {
        SelectedDocuments all = new SelectedDocuments(corpus, DocumentSelection.ALL);
        assertEquals(tokens(corpus), tokens(all));
        assertEquals(sentences(corpus), sentences(all));
        SelectedDocuments none = new SelectedDocuments(corpus, new DocumentSelection("none", i -> false));
        assertEquals(0, none.tokenCount());
        assertEquals(0, none.documentCount());
        assertEquals(0, none.sentenceCount());
    }

    @Test
    void aSelectionOfATaggedCorpusKeepsEachTokensTag() {
        TestCorpus tagged = TestCorpus.tagged("tagged", "经济/n 发展/vn", "聊城/ns 发展/v", "发展/vn");
        SelectedDocuments selected = new SelectedDocuments(tagged, new DocumentSelection("1, 2", document -> document > 0));

        assertTrue(selected.hasTags());
        assertEquals(List.of("ns", "v", "vn"), java.util.stream.IntStream.range(0, selected.tokenCount())
                .mapToObj(position -> selected.tags().type(selected.tagId(position))).toList());
        IntBuffer vn = selected.tagPositions(tagged.tags().id("vn"));
        assertEquals(1, vn.remaining());
        assertEquals(2, vn.get(0));
    }
}
