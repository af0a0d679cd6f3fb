package org.corpusbench.query;

import java.nio.IntBuffer;
import java.util.BitSet;
import java.util.List;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.ForwardingCorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.TaggedTypes;
import org.corpusbench.api.TokenType;

/**
 * A tagged corpus as a query that tests {@code pos} sees it: its "types" are the corpus's (type, tag) pairs
 * ({@link TaggedTypes}), so every token test is still decided once per "type" and the engine, unchanged,
 * reads the pairs' position lists and token stream. A test on {@code word} or {@code type} is decided on the
 * corpus's own lexicon and spread to the pairs of the matching types ({@link #withTypes}); a test on
 * {@code pos} on the tag lexicon and spread to the pairs of the matching tags ({@link #withTags}).
 * Immutable; thread-safe as the corpus is.
 */
final class TaggedCorpus extends ForwardingCorpusView {
    private final CorpusView corpus;
    private final TaggedTypes pairs;
    private final PairLexicon lexicon;

    TaggedCorpus(CorpusView corpus) {
        super(corpus);
        this.corpus = corpus;
        this.pairs = corpus.taggedTypes();
        this.lexicon = new PairLexicon();
    }

    /** @return the pairs whose type is one of these */
    BitSet withTypes(BitSet types) {
        BitSet found = new BitSet(pairs.size());
        for (int type = types.nextSetBit(0); type >= 0; type = types.nextSetBit(type + 1)) {
            IntBuffer ofType = pairs.pairsOfType(type).duplicate();
            while (ofType.hasRemaining()) {
                found.set(ofType.get());
            }
        }
        return found;
    }

    /** @return the pairs whose tag is one of these */
    BitSet withTags(BitSet tags) {
        BitSet found = new BitSet(pairs.size());
        for (int pair = 0; pair < pairs.size(); pair++) {
            if (tags.get(pairs.tagId(pair))) {
                found.set(pair);
            }
        }
        return found;
    }

    /** @return the corpus's own lexicon, on which word and type tests are decided */
    Lexicon words() {
        return corpus.lexicon();
    }

    /** @return the corpus's tags, on which pos tests are decided */
    Lexicon tagLexicon() {
        return corpus.tags();
    }

    @Override
    public Lexicon lexicon() {
        return lexicon;
    }

    /** @return the id of the token's (type, tag) pair */
    @Override
    public int typeId(int position) {
        return pairs.pairId(position);
    }

    /** @return the positions of a (type, tag) pair */
    @Override
    public IntBuffer positions(int pairId) {
        return pairs.positions(pairId);
    }

    @Override
    public boolean hasTags() {
        return true;
    }

    @Override
    public TaggedTypes taggedTypes() {
        return pairs;
    }

    /** The pairs as a lexicon: each pair's string and category are its type's; looking pairs up by string is not offered. */
    final class PairLexicon implements Lexicon {
        TaggedCorpus corpus() {
            return TaggedCorpus.this;
        }

        @Override
        public int size() {
            return pairs.size();
        }

        @Override
        public String type(int id) {
            return corpus.lexicon().type(pairs.typeId(id));
        }

        /** A string names the pairs of its type, not one: {@link TaggedCorpus#withTypes} finds them. */
        @Override
        public int id(String type) {
            throw new UnsupportedOperationException("A word has as many (type, tag) pairs as tags; use withTypes");
        }

        @Override
        public TokenType category(int id) {
            return corpus.lexicon().category(pairs.typeId(id));
        }

        @Override
        public long frequency(int id) {
            return pairs.positions(id).remaining();
        }

        /** Pairs are not ranked: nothing a query does sorts them. */
        @Override
        public int rank(int id) {
            throw new UnsupportedOperationException("(type, tag) pairs have no rank");
        }

        @Override
        public int idOfRank(int rank) {
            throw new UnsupportedOperationException("(type, tag) pairs have no rank");
        }
    }
}
