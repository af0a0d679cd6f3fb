package org.corpusbench.export.tokens.internal;

import java.io.IOException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.TokenType;

/** Visits a corpus document by document and sentence by sentence, skipping whitespace tokens; tokens come with their tags if it has them. */
abstract class SentenceWalker {

    /** Walks the whole corpus in token order. */
    final void walk(CorpusView corpus) throws IOException {
        int sentence = 0;
        boolean tagged = corpus.hasTags();
        for (int document = 0; document < corpus.documentCount(); document++) {
            int end = corpus.documentStart(document + 1);
            startDocument(corpus, document);
            while (sentence < corpus.sentenceCount() && corpus.sentenceStart(sentence) < end) {
                int sentenceEnd = corpus.sentenceStart(sentence + 1);
                boolean opened = false;
                for (int position = corpus.sentenceStart(sentence); position < sentenceEnd; position++) {
                    int type = corpus.typeId(position);
                    TokenType category = corpus.lexicon().category(type);
                    if (category != TokenType.WHITESPACE) {
                        if (!opened) {
                            startSentence();
                            opened = true;
                        }
                        token(corpus.lexicon().type(type), category, tagged ? corpus.tags().type(corpus.tagId(position)) : null);
                    }
                }
                if (opened) {
                    endSentence();
                }
                sentence++;
            }
            endDocument();
        }
    }

    abstract void startDocument(CorpusView corpus, int document) throws IOException;

    abstract void startSentence() throws IOException;

    /** @param tag the token's part-of-speech tag, or null if the corpus has no tags */
    abstract void token(String word, TokenType category, String tag) throws IOException;

    abstract void endSentence() throws IOException;

    abstract void endDocument() throws IOException;
}
