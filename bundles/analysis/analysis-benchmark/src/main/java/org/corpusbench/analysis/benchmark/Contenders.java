package org.corpusbench.analysis.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corpusbench.analysis.collocates.internal.CollocatesAnalysis;
import org.corpusbench.analysis.concordance.internal.KwicAnalysis;
import org.corpusbench.analysis.frequency.internal.FrequencyAnalysis;
import org.corpusbench.analysis.keywords.internal.KeywordsAnalysis;
import org.corpusbench.analysis.ngrams.internal.NGramsAnalysis;
import org.corpusbench.analysis.tfidf.internal.TfidfAnalysis;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.export.csv.internal.CsvExporter;
import org.corpusbench.query.internal.CqlQueryService;

/** The contenders, each calling an analysis component or the query engine as the workbench does. */
final class Contenders {
    /** Names accepted by {@link #named(String)}, in the order of the table. */
    static final List<String> NAMES = List.of("frequency-top20", "frequency-all", "frequency-csv", "kwic-corpus-order",
            "kwic-right-sorted", "query-gap", "bigrams", "collocates", "keywords-halves", "tfidf");
    private static final String GAP_QUERY = "\"经济\" []{0,2} \"发展\"";
    private static final long KWIC_HITS = 1_000_000;

    private final CorpusView corpus;
    private final QueryService queries = new CqlQueryService();
    /** The KWIC node: the word whose frequency is nearest a million, as the issue asks. */
    private final int kwicWord;

    Contenders(CorpusView corpus) {
        this.corpus = corpus;
        this.kwicWord = wordNearFrequency(corpus.lexicon(), KWIC_HITS);
    }

    /** The yardstick: one pass over the token stream, the least any whole-corpus count can cost. */
    static Contender fullScan(CorpusView corpus) {
        return new Contender(String.format("full scan: sum of typeId over %,d positions", corpus.tokenCount()), 0, () -> {
            long sum = 0;
            for (int position = 0; position < corpus.tokenCount(); position++) {
                sum += corpus.typeId(position);
            }
            return sum;
        });
    }

    Contender named(String name) {
        return switch (name) {
            case "frequency-top20" -> new Contender("frequency with dispersion, top 20", seconds(1),
                    () -> drainFirst(20, AnalysisCall.run(new FrequencyAnalysis(), corpus, Map.of())));
            case "frequency-all" -> new Contender("frequency with dispersion, every row read (no export)", 0,
                    () -> drainAll(AnalysisCall.run(new FrequencyAnalysis(), corpus, Map.of())));
            case "frequency-csv" -> new Contender("frequency with dispersion, full list to CSV", seconds(5),
                    () -> csv("frequency", AnalysisCall.run(new FrequencyAnalysis(), corpus, Map.of())));
            case "kwic-corpus-order" -> new Contender(kwicName("corpus order"), millis(50), () -> drainAll(kwic("corpus")));
            case "kwic-right-sorted" -> new Contender(kwicName("sorted by right context"), seconds(1),
                    () -> drainAll(kwic("right1")));
            case "query-gap" -> new Contender("query " + GAP_QUERY + ", all hits", seconds(1),
                    () -> queries.search(corpus, DocumentSelection.ALL, GAP_QUERY, MatchStrategy.STANDARD, Progress.NONE).size());
            case "bigrams" -> new Contender("word bigrams with count >= 5, every row read", seconds(10),
                    () -> drainAll(AnalysisCall.run(new NGramsAnalysis(), corpus, Map.of("n", "2", "min_count", "5"))));
            case "collocates" -> new Contender(String.format("collocates of \"%s\" (%,d hits), window 5/5, every row read",
                    corpus.lexicon().type(kwicWord), corpus.lexicon().frequency(kwicWord)), seconds(1),
                    () -> drainAll(AnalysisCall.run(new CollocatesAnalysis(queries), corpus,
                            Map.of("query", "\"" + corpus.lexicon().type(kwicWord) + "\"", "left", "5", "right", "5"))));
            case "keywords-halves" -> new Contender(String.format("keywords of documents 0-%d against the rest (%,d and %,d tokens), "
                    + "every row read", half() - 1, firstHalf().tokenCount(corpus), corpus.tokenCount() - firstHalf().tokenCount(corpus)),
                    seconds(3), () -> drainAll(AnalysisCall.run(new KeywordsAnalysis(), corpus, firstHalf(), Map.of("reference", "rest"))));
            case "tfidf" -> new Contender(String.format("TF-IDF top 10 keywords of each of the %,d documents", corpus.documentCount()),
                    seconds(10), () -> drainAll(AnalysisCall.run(new TfidfAnalysis(), corpus, Map.of())));
            default -> throw new IllegalArgumentException("No contender " + name + "; there are " + NAMES);
        };
    }

    /** The first half of the documents, which on the generated corpus holds half the tokens. */
    private DocumentSelection firstHalf() {
        int half = half();
        return new DocumentSelection("0-" + (half - 1), document -> document < half);
    }

    private int half() {
        return corpus.documentCount() / 2;
    }

    private ResultTable kwic(String sort) {
        return AnalysisCall.run(new KwicAnalysis(queries), corpus,
                Map.of("query", "\"" + corpus.lexicon().type(kwicWord) + "\"", "sort", sort));
    }

    private String kwicName(String order) {
        return String.format("KWIC of \"%s\" (%,d hits), first page of 50, %s", corpus.lexicon().type(kwicWord),
                corpus.lexicon().frequency(kwicWord), order);
    }

    /** A word (letters only, so that it reads the same as a CQL regex) whose frequency is nearest the given one. */
    private static int wordNearFrequency(Lexicon lexicon, long frequency) {
        int best = -1;
        for (int id = 0; id < lexicon.size(); id++) {
            if (lexicon.category(id).isWord() && lexicon.type(id).codePoints().allMatch(Character::isLetter)
                    && (best < 0 || Math.abs(lexicon.frequency(id) - frequency) < Math.abs(lexicon.frequency(best) - frequency))) {
                best = id;
            }
        }
        return best;
    }

    /** Reads every row; the checksum depends on every cell (a count alone could skip reading the rows). */
    private static long drainAll(ResultTable table) {
        try (table) {
            return table.rows().mapToLong(List::hashCode).sum();
        }
    }

    /** Reads the first rows as a page would show them; the checksum depends on every cell. */
    private static long drainFirst(int rows, ResultTable table) {
        try (table) {
            return table.rows().limit(rows).mapToLong(List::hashCode).sum();
        }
    }

    /** Exports the whole table through the workbench's CSV exporter into a temporary file; returns its size. */
    private long csv(String analysis, ResultTable table) {
        try {
            Path file = Files.createTempFile("analysis-benchmark", ".csv");
            try (AnalysisResult result = new AnalysisResult(new Provenance(Benchmark.CORPUS, analysis, Map.of(), "generated",
                    Map.of(), Instant.now()), table); OutputStream out = Files.newOutputStream(file)) {
                new CsvExporter().write(result, out);
            }
            long size = Files.size(file);
            Files.delete(file);
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private static long seconds(long seconds) {
        return TimeUnit.SECONDS.toNanos(seconds);
    }
}
