package org.corpusbench.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.TokenType;

/**
 * A large generated corpus held in int arrays, for the speed checks of the analyses: word types drawn from
 * a Zipf distribution (exponent 1) over a given vocabulary, a sentence end ("。") about every 25
 * tokens and documents of 2,000 tokens. Words are "w" and a zero-padded number, so a word's rank
 * in code-point order is its id; the sentence end is the last type. Position lists are kept
 * outside the heap, as the store maps them from a file. Only what the analyses read is
 * implemented; texts and offsets are not.
 */
public final class ZipfCorpus implements CorpusView {
    static final int DOCUMENT_TOKENS = 2_000;
    private final int[] typeIds;
    private final int[] sentenceStarts;
    private final int sentences;
    private final long[] frequencies;
    private final int types;
    private final int[] positionStarts;
    private final IntBuffer positions;

    /**
     * @param tokens how many tokens
     * @param words how many word types (the sentence end is one more)
     * @param seed of the draws, so a run can be repeated
     */
    public ZipfCorpus(int tokens, int words, long seed) {
        this.types = words + 1;
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = new double[words];
        double sum = 0;
        for (int rank = 0; rank < words; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        typeIds = new int[tokens];
        frequencies = new long[types];
        int[] starts = new int[tokens / 10 + 2];
        int count = 0;
        int untilEnd = 0;
        for (int position = 0; position < tokens; position++) {
            if (position % DOCUMENT_TOKENS == 0 || untilEnd == 0 && position > 0 && typeIds[position - 1] == words) {
                starts[count++] = position;
                untilEnd = 15 + random.nextInt(21);
            }
            int type;
            if (--untilEnd == 0) {
                type = words;
            } else {
                int found = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                type = Math.min(words - 1, found >= 0 ? found : -found - 1);
            }
            typeIds[position] = type;
            frequencies[type]++;
        }
        starts[count] = tokens;
        sentenceStarts = starts;
        sentences = count;
        positionStarts = new int[types + 1];
        for (int type = 0; type < types; type++) {
            positionStarts[type + 1] = positionStarts[type] + (int) frequencies[type];
        }
        positions = ByteBuffer.allocateDirect(4 * tokens).order(ByteOrder.nativeOrder()).asIntBuffer();
        int[] next = Arrays.copyOf(positionStarts, types);
        for (int position = 0; position < tokens; position++) {
            positions.put(next[typeIds[position]]++, position);
        }
    }

    @Override
    public Lexicon lexicon() {
        return new Lexicon() {
            @Override
            public int size() {
                return types;
            }

            @Override
            public String type(int id) {
                return id == types - 1 ? "。" : String.format("w%07d", id);
            }

            @Override
            public int id(String type) {
                return type.equals("。") ? types - 1 : type.startsWith("w") ? Integer.parseInt(type.substring(1)) : -1;
            }

            @Override
            public TokenType category(int id) {
                return id == types - 1 ? TokenType.PUNCTUATION : TokenType.LATIN;
            }

            @Override
            public long frequency(int id) {
                return frequencies[id];
            }

            @Override
            public int rank(int id) {
                return id;
            }

            @Override
            public int idOfRank(int rank) {
                return rank;
            }
        };
    }

    @Override
    public int tokenCount() {
        return typeIds.length;
    }

    @Override
    public int typeId(int position) {
        return typeIds[position];
    }

    @Override
    public int documentCount() {
        return (typeIds.length + DOCUMENT_TOKENS - 1) / DOCUMENT_TOKENS;
    }

    @Override
    public int documentStart(int index) {
        return Math.min(typeIds.length, index * DOCUMENT_TOKENS);
    }

    @Override
    public int documentOf(int position) {
        return position / DOCUMENT_TOKENS;
    }

    @Override
    public int sentenceCount() {
        return sentences;
    }

    @Override
    public int sentenceStart(int index) {
        return sentenceStarts[index];
    }

    @Override
    public CorpusInfo info() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Source> sources() {
        return List.of();
    }

    @Override
    public int tokenStart(int position) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int tokenEnd(int position) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Document document(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public OffsetMap offsets(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long storedBytes() {
        return 4L * typeIds.length;
    }

    @Override
    public IntBuffer positions(int typeId) {
        return positions.slice(positionStarts[typeId], positionStarts[typeId + 1] - positionStarts[typeId]).asReadOnlyBuffer();
    }
}
