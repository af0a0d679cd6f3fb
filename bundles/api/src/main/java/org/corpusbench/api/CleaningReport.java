package org.corpusbench.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What cleaning did to each source of a corpus: each step's counts (for example
 * {@code rejoin-lines}: {@code lines.joined}) and the articles the splitter found. The store keeps
 * it beside the load report ({@link CorpusWriter#setCleaningReport}, {@link CorpusView#cleaningReport}),
 * so that documents' metadata holds only what describes them. Corpora stored before API 1.6 kept it
 * in their documents' metadata, under {@code cleaning.<step>.<count>} and {@value #ARTICLES}
 * ({@link #fromMetadata}).
 *
 * @param sources one entry per cleaned source, in corpus order
 */
public record CleaningReport(List<SourceCleaning> sources) {
    /** An empty report: nothing was cleaned. */
    public static final CleaningReport EMPTY = new CleaningReport(List.of());
    /** Metadata key prefix of the cleaning report in corpora stored before API 1.6. */
    public static final String PREFIX = "cleaning.";
    /** Metadata key, in corpora stored before API 1.6: how many articles the splitter found in the document's source. */
    public static final String ARTICLES = PREFIX + "articles";

    /** Copies the list so the record stays immutable. */
    public CleaningReport {
        sources = List.copyOf(sources);
    }

    /**
     * One source's report.
     *
     * @param source the source's id
     * @param documents how many documents it became
     * @param articles how many articles the splitter found in it (0: no splitter, or none found)
     * @param steps each step's counts, by step name, in the order the steps ran
     */
    public record SourceCleaning(String source, int documents, int articles, Map<String, Map<String, Integer>> steps) {
        /** Copies the maps so the record stays immutable. */
        public SourceCleaning {
            Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
            steps.forEach((step, counts) -> copy.put(step, Map.copyOf(counts)));
            steps = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * @param corpus a stored corpus
     * @return its cleaning report, {@link CorpusView#cleaningReport()}
     */
    public static CleaningReport of(CorpusView corpus) {
        return corpus.cleaningReport();
    }

    /**
     * @param more the reports of other sources
     * @return a report of this one's sources, then those
     */
    public CleaningReport plus(CleaningReport more) {
        List<SourceCleaning> all = new ArrayList<>(sources);
        all.addAll(more.sources());
        return new CleaningReport(all);
    }

    /**
     * Reads the report that corpora stored before API 1.6 kept in their documents' metadata;
     * documents stored with their source's own tokens, which were not cleaned, have none and are
     * left out.
     *
     * @param corpus a stored corpus
     * @return its cleaning report
     */
    public static CleaningReport fromMetadata(CorpusView corpus) {
        List<String> runOrder = List.of(corpus.info().provenance().getOrDefault(CorpusInfo.CLEANING, "").split(","));
        List<SourceCleaning> sources = new ArrayList<>();
        int index = 0;
        while (index < corpus.documentCount()) {
            Document first = corpus.document(index);
            int documents = 1;
            while (index + documents < corpus.documentCount()
                    && corpus.document(index + documents).sourceId().equals(first.sourceId())) {
                documents++;
            }
            index += documents;
            if (first.metadata().containsKey(ARTICLES)) {
                sources.add(new SourceCleaning(first.sourceId(), documents, Integer.parseInt(first.metadata().get(ARTICLES)),
                        steps(first.metadata(), runOrder)));
            }
        }
        return new CleaningReport(sources);
    }

    private static Map<String, Map<String, Integer>> steps(Map<String, String> metadata, List<String> runOrder) {
        Map<String, Map<String, Integer>> steps = new TreeMap<>(Comparator.comparingInt((String step) -> runOrder.contains(step)
                ? runOrder.indexOf(step) : runOrder.size()).thenComparing(Comparator.naturalOrder()));
        metadata.forEach((key, value) -> {
            int dot = key.indexOf('.', PREFIX.length());
            if (key.startsWith(PREFIX) && dot > 0) {
                steps.computeIfAbsent(key.substring(PREFIX.length(), dot), step -> new TreeMap<>())
                        .put(key.substring(dot + 1), Integer.parseInt(value));
            }
        });
        return steps;
    }
}
