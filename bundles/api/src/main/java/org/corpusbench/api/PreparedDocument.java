package org.corpusbench.api;

import java.util.List;
import java.util.Objects;

/**
 * A document made ready to add by {@link CorpusWriter#prepare}, on whichever thread prepared it.
 * A writer may hand out a subclass holding what it worked out early (its encoded form, its tokens'
 * lexicon ids); this class itself holds only the document.
 */
public class PreparedDocument {
    private final Document document;
    private final OffsetMap offsets;
    private final List<Token> tokens;

    /**
     * @param document the document
     * @param offsets maps its cleaned text back to its original text
     * @param tokens its tokens, in order, covering its cleaned text
     */
    public PreparedDocument(Document document, OffsetMap offsets, List<Token> tokens) {
        this.document = Objects.requireNonNull(document, "document");
        this.offsets = Objects.requireNonNull(offsets, "offsets");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** @return the document */
    public Document document() {
        return document;
    }

    /** @return its offset map, cleaned text to original */
    public OffsetMap offsets() {
        return offsets;
    }

    /** @return its tokens */
    public List<Token> tokens() {
        return tokens;
    }
}
