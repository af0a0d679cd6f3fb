package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Inverts the token stream into the positions of each type, the layout of CWB/CQP's index: one
 * counting pass is already done (the lexicon's counts), one pass over the token types fills the
 * positions in a memory-mapped file, so the heap holds one cursor per type and nothing per token.
 */
final class PostingsBuilder {

    private PostingsBuilder() {
    }

    static void write(Path folder, int[] counts, long tokenCount) throws IOException {
        int[] cursors = new int[counts.length];
        try (IntFileWriter starts = new IntFileWriter(folder.resolve(StoreLayout.POSTING_STARTS))) {
            int start = 0;
            for (int type = 0; type < counts.length; type++) {
                starts.write(start);
                cursors[type] = start;
                start += counts[type];
            }
            starts.write(start);
        }
        IntFile types = IntFile.map(folder.resolve(StoreLayout.TOKEN_TYPES));
        IntFile postings = IntFile.create(folder.resolve(StoreLayout.POSTINGS), tokenCount);
        for (long position = 0; position < tokenCount; position++) {
            postings.set(cursors[types.get(position)]++, (int) position);
        }
        postings.force();
    }
}
