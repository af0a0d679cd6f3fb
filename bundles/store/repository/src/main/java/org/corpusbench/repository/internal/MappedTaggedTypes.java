package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Path;
import org.corpusbench.api.TaggedTypes;

/** The (type, tag) pairs of a stored generation ({@link StoreLayout#TAGGED_TYPES}), memory-mapped. */
final class MappedTaggedTypes implements TaggedTypes {
    private final IntFile pairIds;
    private final IntFile postings;
    private final IntFile postingStarts;
    private final IntFile pairTypes;
    private final IntFile pairTags;
    private final IntFile typePairs;
    private final IntFile typePairStarts;

    MappedTaggedTypes(Path folder) throws IOException {
        this.pairIds = IntFile.map(folder.resolve(StoreLayout.TOKEN_TYPES));
        this.postings = IntFile.map(folder.resolve(StoreLayout.POSTINGS));
        this.postingStarts = IntFile.map(folder.resolve(StoreLayout.POSTING_STARTS));
        this.pairTypes = IntFile.map(folder.resolve(StoreLayout.PAIR_TYPES));
        this.pairTags = IntFile.map(folder.resolve(StoreLayout.PAIR_TAGS));
        this.typePairs = IntFile.map(folder.resolve(StoreLayout.TYPE_PAIRS));
        this.typePairStarts = IntFile.map(folder.resolve(StoreLayout.TYPE_PAIR_STARTS));
    }

    @Override
    public int size() {
        return (int) pairTypes.length();
    }

    @Override
    public int typeId(int pair) {
        return pairTypes.get(pair);
    }

    @Override
    public int tagId(int pair) {
        return pairTags.get(pair);
    }

    @Override
    public int pairId(int position) {
        return pairIds.get(position);
    }

    @Override
    public IntBuffer positions(int pair) {
        int from = postingStarts.get(pair);
        return postings.slice(from, postingStarts.get(pair + 1L) - from);
    }

    @Override
    public IntBuffer pairsOfType(int typeId) {
        int from = typePairStarts.get(typeId);
        return typePairs.slice(from, typePairStarts.get(typeId + 1L) - from);
    }
}
