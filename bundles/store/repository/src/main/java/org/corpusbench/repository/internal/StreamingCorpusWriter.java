package org.corpusbench.repository.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.PreparedDocument;
import org.corpusbench.api.SentenceBoundaries;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;

/**
 * Writes a corpus straight to the files of {@link StoreLayout} in a staging folder, so the heap
 * holds only the lexicon and per-type counts, never a token or a text beyond the current
 * document. {@link #commit()} builds the lexicon and position files and hands the folder to the
 * store, which makes it visible atomically.
 *
 * <p>Sentence boundaries follow {@link SentenceBoundaries}, the one rule the test corpora share; a
 * sentence never spans two documents because each document opens a new one.
 */
final class StreamingCorpusWriter implements CorpusWriter {
    private final String name;
    private final Path folder;
    private final Map<String, String> provenance = new HashMap<>();
    private final Clock clock;
    private final ObjectMapper json;
    private final BiFunction<Path, StoredInfo, CorpusInfo> committer;
    private final Runnable discarder;
    private final LexiconBuilder lexicon = new LexiconBuilder();
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> documentIds = new HashSet<>();
    private final OutputStream sources;
    private final OutputStream documents;
    private final LongFileWriter documentIndex;
    private final DocumentHeadersWriter headers;
    private final IntFileWriter documentStarts;
    private final IntFileWriter sentenceStarts;
    private final IntFileWriter types;
    private final IntFileWriter starts;
    private final IntFileWriter ends;
    /** Made at the first tagged token; null while the corpus has no tags. */
    private TagsWriter tags;
    private long documentBytes;
    private LoadReport loadReport = LoadReport.EMPTY;
    private CleaningReport cleaningReport = CleaningReport.EMPTY;
    private boolean finished;

    StreamingCorpusWriter(String name, Path folder, Map<String, String> provenance, Clock clock, ObjectMapper json,
            BiFunction<Path, StoredInfo, CorpusInfo> committer, Runnable discarder) throws IOException {
        this.name = name;
        this.folder = folder;
        this.provenance.putAll(provenance);
        this.provenance.put(CorpusInfo.STORE_FORMAT, Integer.toString(StoreLayout.FORMAT));
        this.clock = clock;
        this.json = json;
        this.committer = committer;
        this.discarder = discarder;
        this.sources = new BufferedOutputStream(Files.newOutputStream(folder.resolve(StoreLayout.SOURCES)));
        this.documents = new BufferedOutputStream(Files.newOutputStream(folder.resolve(StoreLayout.DOCUMENTS)), 1 << 16);
        this.documentIndex = new LongFileWriter(folder.resolve(StoreLayout.DOCUMENT_INDEX));
        this.headers = new DocumentHeadersWriter(json, folder.resolve(StoreLayout.DOCUMENT_HEADERS),
                folder.resolve(StoreLayout.DOCUMENT_HEADER_INDEX), folder.resolve(StoreLayout.DOCUMENT_ID_HASH));
        this.documentStarts = new IntFileWriter(folder.resolve(StoreLayout.DOCUMENT_STARTS));
        this.sentenceStarts = new IntFileWriter(folder.resolve(StoreLayout.SENTENCE_STARTS));
        this.types = new IntFileWriter(folder.resolve(StoreLayout.TOKEN_TYPES));
        this.starts = new IntFileWriter(folder.resolve(StoreLayout.TOKEN_STARTS));
        this.ends = new IntFileWriter(folder.resolve(StoreLayout.TOKEN_ENDS));
    }

    @Override
    public void addSource(Source source) {
        checkOpen();
        if (!sourceIds.add(source.id())) {
            throw new CorpusException("Corpus '" + name + "' already has a source '" + source.id() + "'");
        }
        try {
            writeLine(sources, source);
        } catch (IOException e) {
            throw new CorpusException("Cannot write corpus '" + name + "': " + IoProblems.reason(e), e);
        }
    }

    @Override
    public void addDocument(Document document, OffsetMap offsets, List<Token> tokens) {
        add(prepare(document, offsets, tokens));
    }

    /**
     * Checks the offset map, looks up the ids the lexicon has given already and encodes the stored
     * document, its header, its tokens' offsets and where its sentences start: all that does not
     * depend on the documents before it, so that {@link #add}, which runs on one thread for the
     * whole import, is left little more than the lexicon and the copying.
     */
    @Override
    public PreparedDocument prepare(Document document, OffsetMap offsets, List<Token> tokens) {
        String cleaned = document.cleanedText();
        if (offsets.cleanedLength() != cleaned.codePointCount(0, cleaned.length())) {
            throw new CorpusException("The offset map of document '" + document.id() + "' does not fit its cleaned text");
        }
        int[] ids = lexicon.knownIds(tokens);
        String original = document.originalText().equals(cleaned) ? null : document.originalText();
        try {
            byte[] line = StoredDocumentLine.of(json, new StoredDocument(document.id(), document.sourceId(), document.metadata(),
                    original, cleaned, OffsetMapCodec.encode(offsets)));
            byte[] header = DocumentHeadersWriter.line(json, new DocumentHeader(document.id(), document.sourceId(), document.metadata()));
            return new EncodedDocument(this, document, offsets, tokens, ids, line, header);
        } catch (IOException e) {
            throw new CorpusException("Cannot write corpus '" + name + "': " + IoProblems.reason(e), e);
        }
    }

    @Override
    public void add(PreparedDocument prepared) {
        checkOpen();
        if (!(prepared instanceof EncodedDocument encoded) || encoded.writer() != this) {
            add(prepare(prepared.document(), prepared.offsets(), prepared.tokens()));
            return;
        }
        Document document = prepared.document();
        List<Token> tokens = prepared.tokens();
        if (!sourceIds.contains(document.sourceId())) {
            throw new CorpusException("Document '" + document.id() + "' names an unknown source '" + document.sourceId() + "'");
        }
        if (!documentIds.add(document.id())) {
            throw new CorpusException("Corpus '" + name + "' already has a document '" + document.id() + "'");
        }
        try {
            long position = types.count();
            if (position + tokens.size() > Integer.MAX_VALUE) {
                throw new CorpusException("Corpus '" + name + "' would exceed " + Integer.MAX_VALUE + " tokens");
            }
            documentStarts.write((int) position);
            for (int i = 0; i < encoded.sentences(); i++) {
                sentenceStarts.write((int) position + encoded.firstTokens()[i]);
            }
            int[] ids = encoded.ids();
            for (int i = 0; i < tokens.size(); i++) {
                int id = ids[i];
                if (id >= 0) {
                    lexicon.count(id);
                } else {
                    Token token = tokens.get(i);
                    id = lexicon.add(token.text(), token.type());
                }
                types.write(id);
            }
            writeTags(tokens, position);
            starts.write(encoded.starts(), tokens.size());
            ends.write(encoded.ends(), tokens.size());
            documentIndex.write(documentBytes);
            documents.write(encoded.line());
            documents.write('\n');
            documentBytes += encoded.line().length + 1;
            headers.add(encoded.header(), document.id());
        } catch (IOException e) {
            throw new CorpusException("Cannot write corpus '" + name + "': " + IoProblems.reason(e), e);
        }
    }

    /** The tags file is made at the first tagged token, with no tag for the tokens before it. */
    private void writeTags(List<Token> tokens, long position) throws IOException {
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            if (tags == null && tag != null) {
                tags = new TagsWriter(folder, position + i);
            }
            if (tags != null) {
                tags.write(tag);
            }
        }
    }

    @Override
    public void putProvenance(String key, String value) {
        checkOpen();
        provenance.put(key, value);
    }

    @Override
    public void setLoadReport(LoadReport report) {
        checkOpen();
        loadReport = report;
    }

    @Override
    public void setCleaningReport(CleaningReport report) {
        checkOpen();
        cleaningReport = report;
    }

    @Override
    public CorpusInfo commit() {
        checkOpen();
        finished = true;
        try {
            long tokenCount = types.count();
            documentStarts.write((int) tokenCount);
            sentenceStarts.write((int) tokenCount);
            documentIndex.write(documentBytes);
            long documentCount = documentStarts.count() - 1;
            try {
                headers.finish();
            } finally {
                closeFiles();
            }
            json.writeValue(folder.resolve(StoreLayout.LOAD_REPORT).toFile(), loadReport);
            json.writeValue(folder.resolve(StoreLayout.CLEANING_REPORT).toFile(), cleaningReport);
            lexicon.write(folder);
            PostingsBuilder.write(folder, lexicon.counts(), tokenCount);
            if (tags != null) {
                tags.finish(lexicon.size(), tokenCount);
            }
            CorpusInfo info = new CorpusInfo(name, sourceIds.size(), (int) documentCount, tokenCount, lexicon.size(),
                    clock.instant(), provenance);
            return committer.apply(folder, new StoredInfo(StoreLayout.FORMAT, info));
        } catch (IOException e) {
            discarder.run();
            throw new CorpusException("Cannot store corpus '" + name + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discarder.run();
            throw e;
        }
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                closeFiles();
            } catch (IOException e) {
                // discarded below anyway
            }
            discarder.run();
        }
    }

    private void writeLine(OutputStream out, Object value) throws IOException {
        out.write(json.writeValueAsBytes(value));
        out.write('\n');
    }

    private void closeFiles() throws IOException {
        for (AutoCloseable file : new AutoCloseable[] {sources, documents, documentIndex, headers, documentStarts, sentenceStarts,
                types, starts, ends, tags == null ? null : tags::close}) {
            if (file == null) {
                continue;
            }
            try {
                file.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("The writer for corpus '" + name + "' was already committed or closed");
        }
    }
}
