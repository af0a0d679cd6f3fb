package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** A new attribute plugs in without touching the grammar or the engine, as part of speech will. */
class AttributeResolverTest {

    /** Stands in for a dictionary's part of speech: the length of the word in code points. */
    private static final TypeAttribute LENGTH = new TypeAttribute() {
        @Override
        public String name() {
            return "len";
        }

        @Override
        public String description() {
            return "the word's length in characters";
        }

        @Override
        public String value(Lexicon lexicon, int typeId) {
            String type = lexicon.type(typeId);
            return Integer.toString(type.codePointCount(0, type.length()));
        }
    };

    @Test
    void addedAttributeCanBeQueried() {
        QueryEngine engine = new QueryEngine(AttributeResolver.standard().with(LENGTH));
        TestCorpus corpus = TestCorpus.of("t", "经济 的 发展 。 可持续 发展");
        Hits hits = engine.search(corpus, DocumentSelection.ALL, engine.parse("[len=\"2\" & word!=\"经济\"] | [len=\"3\"]"),
                MatchStrategy.STANDARD, Progress.NONE);
        assertEquals(new Hits(new int[] {2, 4, 5}, new int[] {3, 5, 6}), hits);
    }

    @Test
    void standardAttributesAreWordTypeAndPos() {
        assertEquals(List.of("pos", "type", "word"), AttributeResolver.standard().names());
        assertEquals(List.of("len", "pos", "type", "word"), AttributeResolver.standard().with(LENGTH).names());
        CqlSyntaxException e = assertThrows(CqlSyntaxException.class, () -> new QueryEngine().parse("[len=\"2\"]"));
        assertEquals("Unknown attribute 'len' at position 1; available attributes: pos, type, word", e.problem());
    }
}
