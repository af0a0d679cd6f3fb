package org.corpusbench.repository.internal;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Source;

/**
 * A corpus view over {@link CorpusData} held in the heap. Immutable; position lists are built once,
 * in one counting pass and one filling pass, the layout CWB/CQP uses on disk.
 */
final class HeapCorpusView implements CorpusView {
    private final CorpusData data;
    private final HeapLexicon lexicon;
    private final int[] positionStarts;
    private final int[] positions;

    HeapCorpusView(CorpusData data) {
        this.data = data;
        int typeCount = data.types().size();
        long[] frequencies = new long[typeCount];
        for (int typeId : data.typeIds()) {
            frequencies[typeId]++;
        }
        positionStarts = new int[typeCount + 1];
        for (int t = 0; t < typeCount; t++) {
            positionStarts[t + 1] = positionStarts[t] + (int) frequencies[t];
        }
        positions = new int[data.typeIds().length];
        int[] next = Arrays.copyOf(positionStarts, typeCount);
        for (int position = 0; position < positions.length; position++) {
            positions[next[data.typeIds()[position]]++] = position;
        }
        lexicon = new HeapLexicon(data.types(), data.categories(), frequencies);
    }

    @Override
    public CorpusInfo info() {
        return data.info();
    }

    @Override
    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public List<Source> sources() {
        return data.sources();
    }

    @Override
    public int tokenCount() {
        return data.typeIds().length;
    }

    @Override
    public int typeId(int position) {
        return data.typeIds()[position];
    }

    @Override
    public int tokenStart(int position) {
        return data.starts()[position];
    }

    @Override
    public int tokenEnd(int position) {
        return data.ends()[position];
    }

    @Override
    public int documentCount() {
        return data.documents().size();
    }

    @Override
    public Document document(int index) {
        return data.documents().get(index);
    }

    @Override
    public int documentStart(int index) {
        return data.documentStarts()[index];
    }

    @Override
    public int documentOf(int position) {
        if (position < 0 || position >= tokenCount()) {
            throw new IndexOutOfBoundsException("No token at position " + position);
        }
        int[] starts = data.documentStarts();
        int found = Arrays.binarySearch(starts, 0, starts.length - 1, position);
        if (found < 0) {
            return -found - 2;
        }
        while (found + 1 < starts.length - 1 && starts[found + 1] == position) {
            found++; // skip empty documents that start at the same position
        }
        return found;
    }

    @Override
    public int sentenceCount() {
        return data.sentenceStarts().length - 1;
    }

    @Override
    public int sentenceStart(int index) {
        return data.sentenceStarts()[index];
    }

    @Override
    public IntBuffer positions(int typeId) {
        int from = positionStarts[typeId];
        return IntBuffer.wrap(positions, from, positionStarts[typeId + 1] - from).slice().asReadOnlyBuffer();
    }
}
