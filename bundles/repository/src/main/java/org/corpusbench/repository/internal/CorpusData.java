package org.corpusbench.repository.internal;

import java.util.List;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.Document;
import org.corpusbench.api.Source;
import org.corpusbench.api.TokenType;

/**
 * Everything stored for one corpus, in the shape it is written to disk. Token arrays are parallel:
 * token {@code i} has type {@code typeIds[i]} and spans {@code [starts[i], ends[i])} code points of
 * its document's cleaned text. {@code documentStarts} and {@code sentenceStarts} hold first token
 * positions and end with the token count.
 */
record CorpusData(int format, CorpusInfo info, List<Source> sources, List<Document> documents, List<String> types,
        List<TokenType> categories, int[] typeIds, int[] starts, int[] ends, int[] documentStarts,
        int[] sentenceStarts) {
    /** Version of this on-disk shape; a reader refuses any other. */
    static final int FORMAT = 1;
}
