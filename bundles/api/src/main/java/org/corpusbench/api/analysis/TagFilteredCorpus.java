package org.corpusbench.api.analysis;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.ForwardingCorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.TaggedTypes;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.query.Hits;

/**
 * A corpus with only the tokens whose tags a {@link TagFilter} keeps, made by {@link TagFilter#apply}.
 * Holds an int per kept token (its position in the corpus) and per type; immutable and thread-safe.
 *
 * @since 1.3
 */
public final class TagFilteredCorpus extends ForwardingCorpusView {
    private final CorpusView corpus;
    /** The corpus position of each kept token, ascending. */
    private final int[] kept;
    private final int[] frequencies;
    private final int[] documentStarts;
    private final int[] sentenceStarts;
    private final CorpusInfo info;
    private final Lexicon lexicon;

    TagFilteredCorpus(CorpusView corpus, BitSet keptTags, boolean gapsEndSentences, Hits alsoKept) {
        super(corpus);
        this.corpus = corpus;
        long size = 0;
        for (int tag = keptTags.nextSetBit(0); tag >= 0; tag = keptTags.nextSetBit(tag + 1)) {
            size += corpus.tags().frequency(tag);
        }
        int[] positions = new int[Math.toIntExact(Math.max(16, size))];
        frequencies = new int[corpus.lexicon().size()];
        int count = 0;
        int hit = 0;
        int hitsCoverUntil = 0;
        for (int position = 0; position < corpus.tokenCount(); position++) {
            while (hit < alsoKept.size() && alsoKept.start(hit) <= position) {
                hitsCoverUntil = Math.max(hitsCoverUntil, alsoKept.end(hit++));
            }
            if (position < hitsCoverUntil || keptTags.get(corpus.tagId(position))) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = position;
                frequencies[corpus.typeId(position)]++;
            }
        }
        kept = Arrays.copyOf(positions, count);
        documentStarts = new int[corpus.documentCount() + 1];
        for (int document = 0; document <= corpus.documentCount(); document++) {
            documentStarts[document] = viewPosition(corpus.documentStart(document));
        }
        sentenceStarts = sentenceStarts(gapsEndSentences);
        CorpusInfo whole = corpus.info();
        info = new CorpusInfo(whole.name(), whole.sources(), whole.documents(), kept.length, whole.types(), whole.created(),
                whole.provenance());
        lexicon = new KeptLexicon(corpus.lexicon());
    }

    /** The corpus's non-empty sentences, and with gaps a new one after every left-out run. */
    private int[] sentenceStarts(boolean gapsEndSentences) {
        int[] starts = new int[16];
        int count = 0;
        for (int sentence = 0; sentence < corpus.sentenceCount(); sentence++) {
            int from = viewPosition(corpus.sentenceStart(sentence));
            int to = viewPosition(corpus.sentenceStart(sentence + 1));
            for (int position = from; position < to; position++) {
                if (position == from || gapsEndSentences && kept[position] != kept[position - 1] + 1) {
                    if (count + 1 >= starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[count++] = position;
                }
            }
        }
        starts = Arrays.copyOf(starts, count + 1);
        starts[count] = kept.length;
        return starts;
    }

    /**
     * @param corpusPosition a token position in the whole corpus, {@code 0..corpus.tokenCount()}
     * @return the number of kept tokens before it: its own position here if it is kept, else that of the next kept one
     */
    public int viewPosition(int corpusPosition) {
        int found = Arrays.binarySearch(kept, corpusPosition);
        return found >= 0 ? found : -found - 1;
    }

    /**
     * @param position a position here
     * @return the token's position in the whole corpus
     */
    public int corpusPosition(int position) {
        return kept[position];
    }

    /**
     * @param hits hits in the whole corpus, whose tokens this view kept ({@link TagFilter#apply(CorpusView, boolean, Hits)})
     * @return the same hits in this view's positions
     */
    public Hits viewHits(Hits hits) {
        int[] starts = new int[hits.size()];
        int[] ends = new int[hits.size()];
        for (int hit = 0; hit < hits.size(); hit++) {
            starts[hit] = viewPosition(hits.start(hit));
            ends[hit] = viewPosition(hits.end(hit));
        }
        return new Hits(starts, ends);
    }

    @Override
    public CorpusInfo info() {
        return info;
    }

    @Override
    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public int tokenCount() {
        return kept.length;
    }

    @Override
    public int typeId(int position) {
        return corpus.typeId(kept[position]);
    }

    @Override
    public int tokenStart(int position) {
        return corpus.tokenStart(kept[position]);
    }

    @Override
    public int tokenEnd(int position) {
        return corpus.tokenEnd(kept[position]);
    }

    @Override
    public int documentStart(int index) {
        return documentStarts[index];
    }

    /** The last document starting at or before the position (documents without kept tokens start where the next does). */
    @Override
    public int documentOf(int position) {
        if (position < 0 || position >= kept.length) {
            throw new IndexOutOfBoundsException("No token at position " + position);
        }
        return corpus.documentOf(kept[position]);
    }

    @Override
    public int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    @Override
    public int sentenceStart(int index) {
        return sentenceStarts[index];
    }

    @Override
    public IntBuffer positions(int typeId) {
        return keptOf(corpus.positions(typeId), frequencies[typeId]);
    }

    @Override
    public boolean hasTags() {
        return true;
    }

    @Override
    public int tagId(int position) {
        return corpus.tagId(kept[position]);
    }

    @Override
    public IntBuffer tagPositions(int tagId) {
        return keptOf(corpus.tagPositions(tagId), (int) corpus.tags().frequency(tagId));
    }

    /** A query testing tags inside an analysis filtered by tag would need the pairs of the kept tokens. */
    @Override
    public TaggedTypes taggedTypes() {
        throw new CorpusException("A query that tests pos cannot run in an analysis filtered by parameter '" + TagFilter.PARAMETER
                + "': test the tag in the query instead, or leave the parameter empty");
    }

    /** The kept ones among some corpus positions, as positions here; at most {@code most} are kept. */
    private IntBuffer keptOf(IntBuffer corpusPositions, int most) {
        IntBuffer from = corpusPositions.duplicate();
        int[] positions = new int[most];
        int count = 0;
        while (from.hasRemaining()) {
            int found = Arrays.binarySearch(kept, from.get());
            if (found >= 0) {
                positions[count++] = found;
            }
        }
        return IntBuffer.wrap(positions, 0, count).slice().asReadOnlyBuffer();
    }

    /** The corpus's types with the frequencies of their kept tokens. */
    private final class KeptLexicon implements Lexicon {
        private final Lexicon types;

        KeptLexicon(Lexicon types) {
            this.types = types;
        }

        @Override
        public int size() {
            return types.size();
        }

        @Override
        public String type(int id) {
            return types.type(id);
        }

        @Override
        public String[] types(int[] ids) {
            return types.types(ids);
        }

        @Override
        public int id(String type) {
            return types.id(type);
        }

        @Override
        public TokenType category(int id) {
            return types.category(id);
        }

        @Override
        public long frequency(int id) {
            return frequencies[id];
        }

        @Override
        public int rank(int id) {
            return types.rank(id);
        }

        @Override
        public int idOfRank(int rank) {
            return types.idOfRank(rank);
        }
    }
}
