package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.IntBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Source;
import org.corpusbench.api.TaggedTypes;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The part-of-speech tag attribute: its lexicon, positions and (type, tag) pairs, and corpora without it. */
class TagsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private CorpusStore store() {
        return new CorpusStore(directory, CLOCK, warning -> { });
    }

    @Test
    void storesEachTokensTagWithTheTagsLexiconPositionsAndPairs() {
        // 发展/v 经济/n 。/x | 发展/vn 发展/v
        write("tagged", List.of(
                List.of(tagged("发展", 0, "v"), tagged("经济", 2, "n"), new Token("。", 4, 5, TokenType.PUNCTUATION, "x")),
                List.of(tagged("发展", 0, "vn"), tagged("发展", 2, "v"))));

        CorpusView view = store().require("tagged");

        assertTrue(view.hasTags());
        Lexicon tags = view.tags();
        assertEquals(List.of("v", "n", "x", "vn"), List.of(tags.type(0), tags.type(1), tags.type(2), tags.type(3)));
        assertEquals(List.of("v", "n", "x", "vn", "v"), tagsOfTokens(view));
        assertEquals(2, tags.frequency(tags.id("v")));
        assertArrayEquals(new int[] {0, 4}, toArray(view.tagPositions(tags.id("v"))));
        assertArrayEquals(new int[] {3}, toArray(view.tagPositions(tags.id("vn"))));

        TaggedTypes pairs = view.taggedTypes();
        assertEquals(4, pairs.size()); // 发展/v 经济/n 。/x 发展/vn
        int development = view.lexicon().id("发展");
        int[] developmentPairs = toArray(pairs.pairsOfType(development));
        assertEquals(2, developmentPairs.length);
        for (int pair : developmentPairs) {
            assertEquals(development, pairs.typeId(pair));
        }
        int verb = pairs.pairId(0);
        assertEquals(List.of(development, tags.id("v")), List.of(pairs.typeId(verb), pairs.tagId(verb)));
        assertArrayEquals(new int[] {0, 4}, toArray(pairs.positions(verb)));
        assertArrayEquals(new int[] {3}, toArray(pairs.positions(pairs.pairId(3))));
        for (int position = 0; position < view.tokenCount(); position++) {
            int pair = pairs.pairId(position);
            assertEquals(view.typeId(position), pairs.typeId(pair), "type of the pair at " + position);
            assertEquals(view.tagId(position), pairs.tagId(pair), "tag of the pair at " + position);
        }
    }

    @Test
    void tokensWithoutATagInATaggedCorpusHaveTheEmptyTag() {
        write("mixed", List.of(List.of(new Token("聊城", 0, 2, TokenType.CHINESE_WORD)),
                List.of(tagged("聊城", 0, "ns"), new Token("大", 2, 3, TokenType.CHINESE_WORD))));

        CorpusView view = store().require("mixed");

        assertEquals(List.of("", "ns", ""), tagsOfTokens(view));
        assertEquals(2, view.taggedTypes().pairsOfType(view.lexicon().id("聊城")).remaining());
    }

    @Test
    void aCorpusWithoutTagsSaysSoByNameAndWritesNoTagFiles() {
        write("plain", List.of(List.of(new Token("聊城", 0, 2, TokenType.CHINESE_WORD))));

        CorpusView view = store().require("plain");

        assertFalse(view.hasTags());
        CorpusException refused = assertThrows(CorpusException.class, view::tags);
        assertTrue(refused.getMessage().contains("'plain' has no part-of-speech tags"), refused.getMessage());
        assertThrows(CorpusException.class, () -> view.tagId(0));
        assertThrows(CorpusException.class, view::taggedTypes);
    }

    private static Token tagged(String word, int start, String tag) {
        return new Token(word, start, start + word.length(), TokenType.CHINESE_WORD, tag);
    }

    private void write(String name, List<List<Token>> documents) {
        try (CorpusWriter writer = store().create(name, Map.of(), false)) {
            writer.addSource(new Source("s", "s", Map.of()));
            for (int d = 0; d < documents.size(); d++) {
                StringBuilder text = new StringBuilder();
                documents.get(d).forEach(token -> text.append(token.text()));
                writer.addDocument(new Document("d" + d, "s", Map.of(), text.toString(), text.toString()), documents.get(d));
            }
            writer.commit();
        }
    }

    private static List<String> tagsOfTokens(CorpusView view) {
        List<String> tags = new ArrayList<>();
        for (int position = 0; position < view.tokenCount(); position++) {
            tags.add(view.tags().type(view.tagId(position)));
        }
        return tags;
    }

    private static int[] toArray(IntBuffer buffer) {
        int[] values = new int[buffer.remaining()];
        buffer.get(values);
        return values;
    }
}
