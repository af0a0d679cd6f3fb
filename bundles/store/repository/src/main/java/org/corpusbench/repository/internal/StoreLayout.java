package org.corpusbench.repository.internal;

/**
 * The files of one stored generation of a corpus. Ints are little-endian. Token positions number
 * the tokens of the whole corpus; offsets count code points of the document's cleaned text.
 */
final class StoreLayout {
    /**
     * Version of this layout. Format 3 added the type ranks and the document headers; a format-2
     * generation is upgraded in place when it is opened ({@link FormatUpgrade}), others are refused.
     */
    static final int FORMAT = 3;
    /** The previous version, which lacks the files marked "since format 3". */
    static final int UPGRADABLE_FORMAT = 2;

    /** JSON: {@link StoredInfo}. Written last, so a generation with it is complete. */
    static final String INFO = "info.json";
    /** JSON: the {@link org.corpusbench.api.LoadReport} of the import that made the corpus. */
    static final String LOAD_REPORT = "load-report.json";
    /**
     * JSON: the {@link org.corpusbench.api.CleaningReport} of the corpus's sources. Stores written
     * before it existed keep the report in their documents' metadata instead.
     */
    static final String CLEANING_REPORT = "cleaning-report.json";
    /** JSON lines: one {@link org.corpusbench.api.Source} per line. */
    static final String SOURCES = "sources.jsonl";
    /** JSON lines: one {@link StoredDocument} per document; {@link #DOCUMENT_INDEX} locates them. */
    static final String DOCUMENTS = "documents.jsonl";
    /** Longs: byte offset of each document line, and the file's length. */
    static final String DOCUMENT_INDEX = "documents.idx";
    /** Ints: first token position of each document, then the token count. */
    static final String DOCUMENT_STARTS = "document-starts.i32";
    /** Ints: first token position of each sentence, then the token count. */
    static final String SENTENCE_STARTS = "sentence-starts.i32";
    /** Ints: type id of each token. */
    static final String TOKEN_TYPES = "token-types.i32";
    /** Ints: start offset of each token. */
    static final String TOKEN_STARTS = "token-starts.i32";
    /** Ints: end offset of each token. */
    static final String TOKEN_ENDS = "token-ends.i32";
    /** UTF-8: the type strings, one after the other. */
    static final String LEXICON_STRINGS = "lexicon.utf8";
    /** Ints: byte offset of each type string, then the file's length. */
    static final String LEXICON_OFFSETS = "lexicon-offsets.i32";
    /** Ints: {@link org.corpusbench.api.TokenType} ordinal of each type. */
    static final String LEXICON_CATEGORIES = "lexicon-categories.i32";
    /** Ints: open-addressing hash table of type id + 1 (0 is empty), a power of two in size. */
    static final String LEXICON_HASH = "lexicon-hash.i32";
    /** Ints: the rank of each type id in code-point order of the type strings. Since format 3. */
    static final String LEXICON_RANKS = "lexicon-ranks.i32";
    /** Ints: the type id of each rank, the inverse of {@link #LEXICON_RANKS}. Since format 3. */
    static final String LEXICON_BY_RANK = "lexicon-by-rank.i32";
    /** JSON lines: one {@link DocumentHeader} (id, source id, metadata) per document, no texts. Since format 3. */
    static final String DOCUMENT_HEADERS = "document-headers.jsonl";
    /** Longs: byte offset of each line of {@link #DOCUMENT_HEADERS}, and the file's length. Since format 3. */
    static final String DOCUMENT_HEADER_INDEX = "document-headers.idx";
    /** Ints: open-addressing hash table of document index + 1 by document id (0 is empty). Since format 3. */
    static final String DOCUMENT_ID_HASH = "document-id-hash.i32";
    /** Ints: the positions of each type, ascending, type after type (CWB/CQP's inverted file). */
    static final String POSTINGS = "postings.i32";
    /** Ints: where each type's positions start in {@link #POSTINGS}, then the token count. */
    static final String POSTING_STARTS = "posting-starts.i32";

    /**
     * Folder of the part-of-speech tag attribute, present only if the corpus has tags (which needs no new
     * format: a generation without it has none). It holds the files of the word attribute under the same
     * names: {@link #TOKEN_TYPES} (the tag id of each token), the lexicon files and the postings.
     */
    static final String TAGS = "tags";
    /**
     * Folder of the distinct (type, tag) pairs, present with {@link #TAGS}: {@link #TOKEN_TYPES} (the pair
     * id of each token), {@link #POSTINGS} and {@link #POSTING_STARTS} of each pair, and the files below.
     */
    static final String TAGGED_TYPES = "tagged-types";
    /** Ints, in {@link #TAGGED_TYPES}: the type id of each pair. */
    static final String PAIR_TYPES = "pair-types.i32";
    /** Ints, in {@link #TAGGED_TYPES}: the tag id of each pair. */
    static final String PAIR_TAGS = "pair-tags.i32";
    /** Ints, in {@link #TAGGED_TYPES}: the pair ids of each type, ascending, type after type. */
    static final String TYPE_PAIRS = "type-pairs.i32";
    /** Ints, in {@link #TAGGED_TYPES}: where each type's pairs start in {@link #TYPE_PAIRS}, then the pair count. */
    static final String TYPE_PAIR_STARTS = "type-pair-starts.i32";

    private StoreLayout() {
    }

    /** The hash of a type string or a document id, shared by writer and reader. */
    static int hash(String type) {
        int h = type.hashCode();
        return h ^ (h >>> 16);
    }
}
