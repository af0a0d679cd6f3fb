package org.corpusbench.spark;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.corpusbench.analysis.collocates.CollocateParameters;
import org.corpusbench.analysis.collocates.Collocates;
import org.corpusbench.analysis.collocates.ExpectedFrequency;
import org.corpusbench.analysis.frequency.FrequencyList;
import org.corpusbench.analysis.frequency.FrequencyParameters;
import org.corpusbench.analysis.keywords.Direction;
import org.corpusbench.analysis.keywords.KeywordList;
import org.corpusbench.analysis.keywords.KeywordParameters;
import org.corpusbench.analysis.keywords.Measure;
import org.corpusbench.analysis.ngrams.NGramCounter;
import org.corpusbench.analysis.ngrams.NGramOptions;
import org.corpusbench.analysis.ngrams.NGramParameters;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.TagFilter;
import org.corpusbench.api.query.MatchStrategy;

/**
 * The Spark job: loads, cleans, splits and segments a corpus as the workbench imports it, writes it
 * as Parquet ({@code corpus.parquet}, one row per document, which {@code corpus:load} reads back)
 * and CWB vertical text ({@code corpus.vrt/}), with the load report, the cleaning report and the
 * provenance an import records; then computes, from the Parquet, the frequency list with dispersion,
 * word bigrams (or the n-grams asked for), and, when asked, the collocates of a word and the keywords
 * of a selection, each as the workbench's CSV and as Parquet. Run it with spark-submit, or alone with
 * {@code --master local[2]}.
 */
public final class CorpusJob {
    private final SparkSession spark;
    private final JobSettings settings;

    CorpusJob(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public static void main(String[] args) throws IOException {
        JobSettings settings;
        try {
            settings = JobSettings.parse(args);
        } catch (CorpusException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = settings.master() != null ? LocalSpark.start(settings.master(), "corpusbench " + settings.name())
                : SparkSession.builder().config(sparkSettings()).appName("corpusbench " + settings.name()).getOrCreate();
        try {
            Summary summary = new CorpusJob(spark, settings).run();
            System.out.println(summary);
        } catch (CorpusException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } finally {
            spark.stop();
        }
    }

    /**
     * What the job sets in every Spark session it runs in, spark-submit's or a local one: Kryo with the job's
     * registrator, and batch sizes for rows as large as documents (hundreds of tokens each; Spark's defaults
     * suit short rows): 1,000 documents per column batch of the import's cache, which 1 GB in pieces of 128 MB
     * made larger than an 8 GB heap, and 256 per batch of the Parquet reader, whose 4,096 ran a 3 GB heap out
     * of memory on 1 GB of text.
     */
    static Map<String, Object> sparkSettings() {
        Map<String, Object> settings = new LinkedHashMap<>(JobKryoRegistrator.settings());
        settings.put("spark.sql.inMemoryColumnarStorage.batchSize", "1000");
        settings.put("spark.sql.parquet.columnarReaderBatchSize", "256");
        return settings;
    }

    /**
     * What a run wrote, and how long it took: importing (reading to writing the Parquet corpus) and
     * the rest (vertical text and analyses), in seconds of wall time, with each of the rest's steps.
     */
    record Summary(String output, long inputBytes, long documents, long tokens, double importSeconds, double analysisSeconds,
            Map<String, Double> steps, List<String> files) {
        @Override
        public String toString() {
            StringBuilder each = new StringBuilder();
            steps.forEach((step, seconds) -> each.append(each.length() == 0 ? "" : ", ")
                    .append(String.format(java.util.Locale.ROOT, "%s %.1f s", step, seconds)));
            return String.format(java.util.Locale.ROOT, "%,d documents, %,d tokens from %.1f MB: imported in %.1f s (%.2f MB/s), "
                    + "vertical text and analyses in %.1f s (%s)%nWritten to %s: %s", documents, tokens, inputBytes / 1e6, importSeconds,
                    inputBytes / 1e6 / importSeconds, analysisSeconds, each, output, String.join(", ", files));
        }
    }

    Summary run() throws IOException {
        Map<String, AnalysisOptions> analyses = analyses(settings); // a wrong parameter fails before any work
        Path output = new Path(settings.output());
        if (output.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(output)) {
            throw new CorpusException("The output folder '" + settings.output() + "' exists; name a new one");
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long started = System.nanoTime();
        SparkImport.Result imported = SparkImport.run(spark, settings);
        ResultFiles files = new ResultFiles(spark, output);
        String corpusPath = files.path("corpus.parquet").toString();
        imported.documents().documents().write().parquet(corpusPath);
        imported.release();
        files.writeJson("load-report.json", imported.reports());
        files.writeJson("cleaning-report.json", imported.cleaning());
        files.writeJson("provenance.json", new java.util.TreeMap<>(imported.provenance()));

        long importedAt = System.nanoTime();
        Map<String, Double> steps = new LinkedHashMap<>();
        JavaRDD<Row> documents = withoutTexts(corpusPath).javaRDD();
        long count = imported.documents().count();
        timed(steps, "vertical text", () -> files.writeVertical(documents, count));
        for (AnalysisOptions options : analyses.values()) {
            timed(steps, options.analysis(), () -> files.writeTable(settings.name(), options, settings.segmenter(),
                    columns(options.analysis()), rows(context, documents, options)));
        }
        List<String> written = new java.util.ArrayList<>(List.of("corpus.parquet", "corpus.vrt/", "load-report.json",
                "cleaning-report.json", "provenance.json"));
        analyses.keySet().forEach(name -> written.add(name + ".csv, " + name + ".parquet"));
        return new Summary(output.toString(), imported.inputBytes(), count, imported.documents().tokens(),
                (importedAt - started) / 1e9,
                (System.nanoTime() - importedAt) / 1e9, steps, written);
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs a step, adding its wall time in seconds under its name. */
    private static void timed(Map<String, Double> steps, String name, Step step) throws IOException {
        long started = System.nanoTime();
        step.run();
        steps.put(name, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The corpus as the analyses and the vertical text read it: the texts, which none of them needs and
     * which are most of the bytes, left unread (empty, so the rows keep {@link DocumentRows#SCHEMA}'s order).
     */
    private org.apache.spark.sql.Dataset<Row> withoutTexts(String corpusPath) {
        org.apache.spark.sql.Dataset<Row> corpus = spark.read().schema(DocumentRows.SCHEMA).parquet(corpusPath);
        List<org.apache.spark.sql.Column> columns = new java.util.ArrayList<>();
        for (String field : DocumentRows.SCHEMA.fieldNames()) {
            boolean text = field.equals(DocumentRows.ORIGINAL) || field.equals(DocumentRows.TEXT);
            columns.add(text ? org.apache.spark.sql.functions.lit("").as(field) : corpus.col(field));
        }
        return corpus.select(columns.toArray(org.apache.spark.sql.Column[]::new));
    }

    /** The analyses to run with their parameters bound: frequency and n-grams always, collocates and keywords when given. */
    static Map<String, AnalysisOptions> analyses(JobSettings settings) {
        Set<String> notHere = Set.of("stopwords", TagFilter.PARAMETER, MatchStrategy.PARAMETER);
        Map<String, AnalysisOptions> analyses = new LinkedHashMap<>();
        analyses.put("frequency", AnalysisOptions.bind("frequency", FrequencyParameters.ALL, settings.given("frequency"), notHere));
        analyses.put("ngrams", AnalysisOptions.bind("ngrams", NGramParameters.ALL, settings.given("ngrams"),
                union(notHere, Set.of(NGramParameters.QUERY, NGramParameters.POSITION, NGramParameters.STOPWORD_RULE))));
        if (!settings.given("collocates").isEmpty()) {
            analyses.put("collocates", AnalysisOptions.bind("collocates", CollocateParameters.ALL, settings.given("collocates"),
                    notHere));
        }
        if (!settings.given("keywords").isEmpty()) {
            Map<String, String> given = new LinkedHashMap<>(settings.given("keywords"));
            String selection = given.remove(KEYWORDS_SELECTION);
            if (selection == null) {
                throw new CorpusException("The keywords analysis needs selection=<selection>: the documents whose keywords to list");
            }
            // The workbench's default is its reference list; the job compares parts of the corpus, the rest by default.
            given.putIfAbsent(KeywordParameters.REFERENCE, SparkKeywords.REST);
            String reference = given.get(KeywordParameters.REFERENCE);
            if (reference.startsWith("list:") || reference.startsWith("corpus:")) {
                throw new CorpusException("The Spark job compares a selection with the rest of the corpus or another selection, "
                        + "not with '" + reference + "'; run that in the workbench on the loaded corpus");
            }
            AnalysisOptions bound = AnalysisOptions.bind("keywords", KeywordParameters.ALL, given, notHere);
            Map<String, String> values = new LinkedHashMap<>(bound.values());
            values.put(KEYWORDS_SELECTION, selection);
            analyses.put("keywords", new AnalysisOptions("keywords", values));
        }
        return analyses;
    }

    /** The keywords' target: {@code corpus:run}'s selection, which the workbench gives every analysis. */
    static final String KEYWORDS_SELECTION = "selection";

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        return union;
    }

    private static List<org.corpusbench.api.analysis.Column> columns(String analysis) {
        return switch (analysis) {
            case "frequency" -> FrequencyList.COLUMNS;
            case "ngrams" -> NGramCounter.COLUMNS;
            case "collocates" -> Collocates.columns();
            default -> KeywordList.COLUMNS;
        };
    }

    private static JavaRDD<List<Object>> rows(JavaSparkContext context, JavaRDD<Row> documents, AnalysisOptions options) {
        return switch (options.analysis()) {
            case "frequency" -> SparkFrequency.compute(context, documents, new SparkFrequency.Options(
                    CountedTypes.ofParameter(options.string(CountedTypes.PARAMETER)), options.integer(FrequencyParameters.MIN_COUNT),
                    options.integer(FrequencyParameters.MIN_RANGE))).rows();
            case "ngrams" -> SparkNGrams.compute(documents, new SparkNGrams.Options((int) options.integer(NGramParameters.N),
                    NGramOptions.Unit.valueOf(options.string(NGramParameters.UNIT).toUpperCase(java.util.Locale.ROOT)),
                    NGramOptions.Tokens.valueOf(options.string(NGramParameters.TOKEN_TYPES).toUpperCase(java.util.Locale.ROOT)),
                    options.integer(NGramParameters.MIN_COUNT), options.integer(NGramParameters.MIN_RANGE))).rows();
            case "collocates" -> SparkCollocates.compute(documents, new SparkCollocates.Options(
                    SparkCollocates.nodeWord(options.string(CollocateParameters.QUERY)), (int) options.integer(CollocateParameters.LEFT),
                    (int) options.integer(CollocateParameters.RIGHT), options.bool(CollocateParameters.WITHIN_SENTENCE),
                    CountedTypes.ofParameter(options.string(CountedTypes.PARAMETER)),
                    options.integer(CollocateParameters.MIN_COLLOCATE_COUNT), options.integer(CollocateParameters.MIN_PAIR_COUNT),
                    options.string(CollocateParameters.SORT),
                    ExpectedFrequency.valueOf(options.string(CollocateParameters.EXPECTED).toUpperCase(java.util.Locale.ROOT))))
                    .rows();
            default -> SparkKeywords.compute(documents, new SparkKeywords.Options(options.string(KEYWORDS_SELECTION),
                    options.string(KeywordParameters.REFERENCE), CountedTypes.ofParameter(options.string(CountedTypes.PARAMETER)),
                    options.integer(KeywordParameters.MIN_TARGET_COUNT), options.integer(KeywordParameters.MIN_REFERENCE_COUNT),
                    Direction.ofParameter(options.string(KeywordParameters.DIRECTION)),
                    Measure.ofColumn(options.string(KeywordParameters.TEST)), options.decimal(KeywordParameters.MAX_P),
                    options.decimal(KeywordParameters.MIN_LOG_RATIO), Measure.ofColumn(options.string(KeywordParameters.SORT)),
                    options.decimal(KeywordParameters.SIMPLE_MATHS_K))).rows();
        };
    }
}
