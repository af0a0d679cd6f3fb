package org.corpusbench.repository.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.TaggedTypes;

/**
 * A corpus view over one stored generation. Opening maps the files and reads nothing per token or
 * per document; documents and sources are decoded when asked for, and a document's id, source
 * and metadata come from its small header line without decoding its texts. The files of a generation never
 * change, so the view is immutable and thread-safe, and it stays valid after the corpus is
 * replaced or removed (a mapped or open file outlives its directory entry on POSIX systems).
 */
final class MappedCorpusView implements CorpusView {
    private final CorpusInfo info;
    private final Path folder;
    private final ObjectMapper json;
    private final long storedBytes;
    private final JsonLinesFile documents;
    private final JsonLinesFile headers;
    private final IntFile documentIdHash;
    private final IntFile documentStarts;
    private final IntFile sentenceStarts;
    private final IntFile types;
    private final IntFile starts;
    private final IntFile ends;
    private final IntFile postings;
    private final IntFile postingStarts;
    private final MappedLexicon lexicon;
    /** The tag attribute's files, all null if the corpus has no tags. */
    private final IntFile tagIds;
    private final IntFile tagPostings;
    private final IntFile tagPostingStarts;
    private final MappedLexicon tags;
    private final MappedTaggedTypes taggedTypes;
    private volatile List<Source> sources;
    private volatile LoadReport loadReport;
    private volatile CleaningReport cleaningReport;

    MappedCorpusView(String name, Path folder, StoredInfo stored, ObjectMapper json, long storedBytes) throws IOException {
        CorpusInfo written = stored.info();
        this.info = new CorpusInfo(name, written.sources(), written.documents(), written.tokens(), written.types(),
                written.created(), written.provenance());
        this.folder = folder;
        this.json = json;
        this.storedBytes = storedBytes;
        this.documents = new JsonLinesFile(folder.resolve(StoreLayout.DOCUMENTS), folder.resolve(StoreLayout.DOCUMENT_INDEX), json);
        this.headers = new JsonLinesFile(folder.resolve(StoreLayout.DOCUMENT_HEADERS),
                folder.resolve(StoreLayout.DOCUMENT_HEADER_INDEX), json);
        this.documentIdHash = IntFile.map(folder.resolve(StoreLayout.DOCUMENT_ID_HASH));
        this.documentStarts = IntFile.map(folder.resolve(StoreLayout.DOCUMENT_STARTS));
        this.sentenceStarts = IntFile.map(folder.resolve(StoreLayout.SENTENCE_STARTS));
        this.types = IntFile.map(folder.resolve(StoreLayout.TOKEN_TYPES));
        this.starts = IntFile.map(folder.resolve(StoreLayout.TOKEN_STARTS));
        this.ends = IntFile.map(folder.resolve(StoreLayout.TOKEN_ENDS));
        this.postings = IntFile.map(folder.resolve(StoreLayout.POSTINGS));
        this.postingStarts = IntFile.map(folder.resolve(StoreLayout.POSTING_STARTS));
        this.lexicon = new MappedLexicon(folder, postingStarts);
        Path tagFolder = folder.resolve(StoreLayout.TAGS);
        if (Files.isDirectory(tagFolder)) {
            this.tagIds = IntFile.map(tagFolder.resolve(StoreLayout.TOKEN_TYPES));
            this.tagPostings = IntFile.map(tagFolder.resolve(StoreLayout.POSTINGS));
            this.tagPostingStarts = IntFile.map(tagFolder.resolve(StoreLayout.POSTING_STARTS));
            this.tags = new MappedLexicon(tagFolder, tagPostingStarts);
            this.taggedTypes = new MappedTaggedTypes(folder.resolve(StoreLayout.TAGGED_TYPES));
        } else {
            this.tagIds = null;
            this.tagPostings = null;
            this.tagPostingStarts = null;
            this.tags = null;
            this.taggedTypes = null;
        }
    }

    @Override
    public boolean hasTags() {
        return tags != null;
    }

    @Override
    public Lexicon tags() {
        return tags == null ? CorpusView.super.tags() : tags;
    }

    @Override
    public int tagId(int position) {
        return tagIds == null ? CorpusView.super.tagId(position) : tagIds.get(position);
    }

    @Override
    public IntBuffer tagPositions(int tagId) {
        if (tagPostings == null) {
            return CorpusView.super.tagPositions(tagId);
        }
        int from = tagPostingStarts.get(tagId);
        return tagPostings.slice(from, tagPostingStarts.get(tagId + 1L) - from);
    }

    @Override
    public TaggedTypes taggedTypes() {
        return taggedTypes == null ? CorpusView.super.taggedTypes() : taggedTypes;
    }

    @Override
    public CorpusInfo info() {
        return info;
    }

    @Override
    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public List<Source> sources() {
        List<Source> read = sources;
        if (read == null) {
            read = new ArrayList<>();
            try (BufferedReader lines = Files.newBufferedReader(folder.resolve(StoreLayout.SOURCES), StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    read.add(json.readValue(line, Source.class));
                }
            } catch (IOException e) {
                throw unreadable(e);
            }
            read = List.copyOf(read);
            sources = read;
        }
        return read;
    }

    @Override
    public LoadReport loadReport() {
        LoadReport read = loadReport;
        if (read == null) {
            try {
                read = json.readValue(folder.resolve(StoreLayout.LOAD_REPORT).toFile(), LoadReport.class);
            } catch (IOException e) {
                throw unreadable(e);
            }
            loadReport = read;
        }
        return read;
    }

    /** Reads the stored report once; a store written before it was kept reads it from the documents' metadata. */
    @Override
    public CleaningReport cleaningReport() {
        CleaningReport read = cleaningReport;
        if (read == null) {
            Path file = folder.resolve(StoreLayout.CLEANING_REPORT);
            try {
                read = Files.exists(file) ? json.readValue(file.toFile(), CleaningReport.class) : CleaningReport.fromMetadata(this);
            } catch (IOException e) {
                throw unreadable(e);
            }
            cleaningReport = read;
        }
        return read;
    }

    @Override
    public int tokenCount() {
        return (int) types.length();
    }

    @Override
    public int typeId(int position) {
        return types.get(position);
    }

    @Override
    public int tokenStart(int position) {
        return starts.get(position);
    }

    @Override
    public int tokenEnd(int position) {
        return ends.get(position);
    }

    @Override
    public int documentCount() {
        return (int) documentStarts.length() - 1;
    }

    @Override
    public Document document(int index) {
        StoredDocument stored = storedDocument(index);
        String original = stored.original() == null ? stored.cleaned() : stored.original();
        return new Document(stored.id(), stored.sourceId(), stored.metadata(), original, stored.cleaned());
    }

    @Override
    public String documentId(int index) {
        return header(index).id();
    }

    @Override
    public String sourceId(int index) {
        return header(index).sourceId();
    }

    @Override
    public Map<String, String> metadata(int index) {
        return header(index).metadata();
    }

    /** Probes the stored hash table of ids, decoding one small header per probe. */
    @Override
    public int documentIndex(String id) {
        if (id != null) {
            int mask = (int) documentIdHash.length() - 1;
            for (int slot = StoreLayout.hash(id) & mask; ; slot = (slot + 1) & mask) {
                int entry = documentIdHash.get(slot);
                if (entry == 0) {
                    break;
                }
                if (documentId(entry - 1).equals(id)) {
                    return entry - 1;
                }
            }
        }
        throw new NotFoundException("document", id);
    }

    @Override
    public OffsetMap offsets(int index) {
        StoredDocument stored = storedDocument(index);
        return OffsetMapCodec.decode(stored.offsets(), stored.cleaned().codePointCount(0, stored.cleaned().length()));
    }

    @Override
    public long storedBytes() {
        return storedBytes;
    }

    @Override
    public int documentStart(int index) {
        return documentStarts.get(index);
    }

    @Override
    public int documentOf(int position) {
        if (position < 0 || position >= tokenCount()) {
            throw new IndexOutOfBoundsException("No token at position " + position);
        }
        int low = 0;
        int high = documentCount() - 1;
        while (low < high) { // the last document whose start is at or before the position
            int middle = (low + high + 1) >>> 1;
            if (documentStarts.get(middle) <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    @Override
    public int sentenceCount() {
        return (int) sentenceStarts.length() - 1;
    }

    @Override
    public int sentenceStart(int index) {
        return sentenceStarts.get(index);
    }

    @Override
    public IntBuffer positions(int typeId) {
        int from = postingStarts.get(typeId);
        return postings.slice(from, postingStarts.get(typeId + 1L) - from);
    }

    private StoredDocument storedDocument(int index) {
        return read(documents, index, StoredDocument.class);
    }

    private DocumentHeader header(int index) {
        return read(headers, index, DocumentHeader.class);
    }

    private <T> T read(JsonLinesFile file, int index, Class<T> type) {
        if (index < 0 || index >= documentCount()) {
            throw new IndexOutOfBoundsException("No document " + index + " in corpus '" + info.name() + "'");
        }
        try {
            return file.read(index, type);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private CorpusException unreadable(IOException e) {
        return new CorpusException("Cannot read corpus '" + info.name() + "': " + IoProblems.reason(e),
                new UncheckedIOException(e));
    }
}
