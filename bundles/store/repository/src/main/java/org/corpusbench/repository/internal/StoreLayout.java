package org.corpusbench.repository.internal;

/**
 * The files of one stored generation of a corpus. Ints are little-endian. Token positions number
 * the tokens of the whole corpus; offsets count code points of the document's cleaned text.
 */
final class StoreLayout {
    /** Version of this layout; a store refuses to open any other. */
    static final int FORMAT = 2;

    /** JSON: {@link StoredInfo}. Written last, so a generation with it is complete. */
    static final String INFO = "info.json";
    /** JSON: the {@link org.corpusbench.api.LoadReport} of the import that made the corpus. */
    static final String LOAD_REPORT = "load-report.json";
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
    /** Ints: the positions of each type, ascending, type after type (CWB/CQP's inverted file). */
    static final String POSTINGS = "postings.i32";
    /** Ints: where each type's positions start in {@link #POSTINGS}, then the token count. */
    static final String POSTING_STARTS = "posting-starts.i32";

    private StoreLayout() {
    }

    /** The hash of a type string, shared by writer and reader. */
    static int hash(String type) {
        int h = type.hashCode();
        return h ^ (h >>> 16);
    }
}
