package org.corpusbench.rest.internal;

import java.util.List;
import java.util.Map;

/**
 * What the API sends: records of its own, so a change to an api type cannot change the wire format
 * unnoticed. Times are ISO 8601 text; maps keep their keys as given.
 */
public final class Wire {
    private Wire() {
    }

    /** The body of every error: the same shape as the servlet API's and the web-errors bundle's. */
    public record Error(int status, String error) {
    }

    /** A corpus in the list. */
    public record CorpusSummary(String name, int sources, int documents, long tokens, int types, String created,
            String segmenter) {
    }

    /** One corpus: sizes, size on disk and how it was made. */
    public record Corpus(String name, int sources, int documents, long tokens, int types, int sentences, long storedBytes,
            String created, Map<String, String> provenance) {
    }

    /** What loading read and skipped, with a line to show first. */
    public record LoadReport(String summary, List<SourceLoad> sources) {
    }

    /** What loading did with one input: {@code read}, {@code damaged} or {@code skipped}, and how it was decoded. */
    public record SourceLoad(String location, String outcome, String encoding, int confidence, long undecodableBytes,
            List<Long> undecodableOffsets, String problem) {
    }

    /** What cleaning did to each source. */
    public record CleaningReport(List<SourceCleaning> sources) {
    }

    /** One source's cleaning: the documents and articles it became, each step's counts by step name. */
    public record SourceCleaning(String source, int documents, int articles, Map<String, Map<String, Integer>> steps) {
    }

    /** A named subcorpus: the selection expression that defines it, usable as {@code selection=@name}, and its size. */
    public record Subcorpus(String name, String expression, int documents, long tokens) {
    }

    /** A document in a page of documents. */
    public record DocumentSummary(int index, String id, String sourceId, int tokens, Map<String, String> metadata) {
    }

    /** A page of a corpus's documents. */
    public record DocumentPage(int total, int offset, int limit, List<DocumentSummary> documents) {
    }

    /**
     * One document with its cleaned text (which token offsets refer to), its original text, and the
     * runs of the cleaned text kept unchanged from the original, each {@code [cleanedFrom, cleanedTo,
     * originalFrom, originalTo]} in code points, ends exclusive: what of the original lies outside
     * them, cleaning removed, replaced or moved to metadata.
     */
    public record Document(int index, String id, String sourceId, int tokens, Map<String, String> metadata,
            String cleanedText, String originalText, List<List<Integer>> kept) {
    }

    /**
     * One line of a concordance: the hit's number in the sort order, its document (index, id,
     * metadata), the context left and right of the node, the node's code-point offsets in the cleaned
     * text and the span of the original text it came from, and its first token's position.
     */
    public record ConcordanceLine(long hit, int documentIndex, String documentId, Map<String, String> metadata, String left,
            String node, String right, long start, long end, long originalStart, long originalEnd, long position) {
    }

    /** A page of a query's concordance, as {@code corpus:query} shows it: the hit count, the page and its lines. */
    public record Concordance(String corpus, String query, long hits, int page, int pageSize, long pages,
            Map<String, String> parameters, List<ConcordanceLine> lines) {
    }

    /** A token of a segmented text: its text, code-point offsets and type ({@code chinese_word}, {@code punctuation}, ...). */
    public record Token(String text, int start, int end, String type) {
    }

    /** A segmented text. */
    public record Segmentation(String segmenter, String mode, boolean hmm, List<Token> tokens) {
    }

    /**
     * An installed segmenter with what a corpus's provenance records of it (library, mode, dictionaries),
     * whether loads use it when they name none, and the modes it segments a text in ({@code accurate}, {@code search}).
     */
    public record Segmenter(String name, boolean isDefault, List<String> modes, Map<String, String> provenance) {
    }

    /** A user dictionary: its name, how many entries it has and the SHA-256 a corpus's provenance records of it. */
    public record Dictionary(String name, int entries, String sha256) {
    }

    /** A user dictionary's entry, a line of jieba's format: a null frequency is suggested by the segmenter. */
    public record DictionaryEntry(String word, Long frequency, String tag) {
    }

    /** A user dictionary with its entries, in order. */
    public record DictionaryEntries(String name, String sha256, List<DictionaryEntry> entries) {
    }

    /**
     * A cleaning step or splitter, in the order they run: {@code step} or {@code splitter}, whether
     * imports use it, the settings a load may change and the rest of its configuration.
     */
    public record CleaningStage(int order, String kind, String name, boolean enabled, Map<String, String> settings,
            Map<String, String> configuration) {
    }

    /** A parameter an analysis declares: enough to build a form for it. */
    public record Parameter(String name, String type, boolean required, String defaultValue, String description, Double min,
            Double max, List<String> choices) {
    }

    /** An installed analysis. */
    public record Analysis(String name, String title, String description, List<Parameter> parameters, String bundle,
            String version) {
    }

    /** A result column: its name and {@code string}, {@code integer} or {@code decimal}. */
    public record Column(String name, String type) {
    }

    /**
     * A job: state {@code queued}, {@code running}, {@code succeeded}, {@code failed} or
     * {@code cancelled}; progress at its last report (total -1 if unknown), units per second and
     * seconds left at that rate (null if unknown); the result (a path relative to the API's root,
     * such as {@code corpora/news}) or the error once finished.
     */
    public record Job(String id, String owner, String title, String state, String stage, long done, long total,
            double unitsPerSecond, Long secondsLeft, String result, String error, String created, String started,
            String finished) {
    }

    /** A page of an analysis's result table, with what made it. */
    public record TablePage(String analysis, String corpus, Map<String, String> parameters, List<Column> columns, long total,
            int offset, int limit, List<List<Object>> rows) {
    }
}
