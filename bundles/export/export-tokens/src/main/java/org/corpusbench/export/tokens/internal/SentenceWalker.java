package org.corpusbench.export.tokens.internal;

import java.io.IOException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.TokenType;

/** Visits a corpus document by document and sentence by sentence, skipping whitespace tokens. */
abstract class SentenceWalker {

    /** Walks the whole corpus in token order. */
    final void walk(CorpusView corpus) throws IOException {
        int sentence = 0;
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
                        token(corpus.lexicon().type(type), category);
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

    abstract void token(String word, TokenType category) throws IOException;

    abstract void endSentence() throws IOException;

    abstract void endDocument() throws IOException;
}
