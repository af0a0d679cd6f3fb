package org.corpusbench.repository.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * Collects a corpus in growable arrays and hands the finished {@link CorpusData} to a committer.
 * Sentence boundaries are decided here: a sentence ends after sentence-final punctuation and at a
 * line break (a paragraph end after cleaning), and never spans two documents.
 */
final class HeapCorpusWriter implements CorpusWriter {
    private static final String SENTENCE_FINAL = "。！？!?…";

    private final String name;
    private final Map<String, String> provenance;
    private final Function<CorpusData, CorpusInfo> committer;
    private final Clock clock;
    private final List<Source> sources = new ArrayList<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final List<Document> documents = new ArrayList<>();
    private final Set<String> documentIds = new HashSet<>();
    private final Map<String, Integer> typeIds = new HashMap<>();
    private final List<String> types = new ArrayList<>();
    private final List<TokenType> categories = new ArrayList<>();
    private final IntArray tokenTypes = new IntArray();
    private final IntArray starts = new IntArray();
    private final IntArray ends = new IntArray();
    private final IntArray documentStarts = new IntArray();
    private final IntArray sentenceStarts = new IntArray();
    private boolean finished;

    HeapCorpusWriter(String name, Map<String, String> provenance, Clock clock, Function<CorpusData, CorpusInfo> committer) {
        this.name = name;
        this.provenance = Map.copyOf(provenance);
        this.clock = clock;
        this.committer = committer;
    }

    @Override
    public void addSource(Source source) {
        checkOpen();
        if (!sourceIds.add(source.id())) {
            throw new CorpusException("Corpus '" + name + "' already has a source '" + source.id() + "'");
        }
        sources.add(source);
    }

    @Override
    public void addDocument(Document document, List<Token> tokens) {
        checkOpen();
        if (!sourceIds.contains(document.sourceId())) {
            throw new CorpusException("Document '" + document.id() + "' names an unknown source '" + document.sourceId() + "'");
        }
        if (!documentIds.add(document.id())) {
            throw new CorpusException("Corpus '" + name + "' already has a document '" + document.id() + "'");
        }
        documents.add(document);
        documentStarts.add(tokenTypes.size());
        boolean sentenceOpen = false;
        for (Token token : tokens) {
            if (!sentenceOpen) {
                sentenceStarts.add(tokenTypes.size());
                sentenceOpen = true;
            }
            tokenTypes.add(typeId(token));
            starts.add(token.start());
            ends.add(token.end());
            sentenceOpen = !endsSentence(token.text());
        }
    }

    @Override
    public CorpusInfo commit() {
        checkOpen();
        finished = true;
        int tokenCount = tokenTypes.size();
        documentStarts.add(tokenCount);
        sentenceStarts.add(tokenCount);
        CorpusInfo info = new CorpusInfo(name, sources.size(), documents.size(), tokenCount, types.size(),
                clock.instant(), provenance);
        return committer.apply(new CorpusData(CorpusData.FORMAT, info, sources, documents, types, categories,
                tokenTypes.toArray(), starts.toArray(), ends.toArray(), documentStarts.toArray(), sentenceStarts.toArray()));
    }

    @Override
    public void close() {
        finished = true;
    }

    private int typeId(Token token) {
        return typeIds.computeIfAbsent(token.text(), text -> {
            types.add(text);
            categories.add(token.type());
            return types.size() - 1;
        });
    }

    private static boolean endsSentence(String token) {
        int last = token.codePointBefore(token.length());
        return SENTENCE_FINAL.indexOf(last) >= 0 || token.indexOf('\n') >= 0;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("The writer for corpus '" + name + "' was already committed or closed");
        }
    }
}
