package org.corpusbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.corpusbench.analysis.frequency.FrequencyList;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.Document;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.cleaning.pipeline.PreparedPipeline;
import org.corpusbench.export.csv.CsvResultWriter;
import org.corpusbench.export.tokens.VerticalWriter;
import org.corpusbench.jieba.engine.Jieba;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on the seeds in local mode against the same pipeline run one source after another
 * in plain Java, as an import runs it: the same documents in the same order (ids, metadata, texts,
 * tokens), the same vertical text as the workbench's vertical export writes, and the same frequency
 * list CSV cell for cell.
 */
class CorpusJobTest extends LocalSparkTest {

    @Test
    void theSeedsAsAnImportMakesThem(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("out");
        JobSettings settings = JobSettings.parse("--input", TestTexts.SEEDS.toString(), "--output", output.toString(),
                "--name", "seeds", "--partitions", "3");
        CorpusJob.Summary summary = new CorpusJob(spark, settings).run();

        TestCorpus expected = sequentialImport(settings);
        List<Row> rows = spark.read().schema(DocumentRows.SCHEMA).parquet(output.resolve("corpus.parquet").toString())
                .orderBy(DocumentRows.INDEX).collectAsList();
        assertEquals(expected.documentCount(), rows.size());
        assertEquals(expected.documentCount(), summary.documents());
        assertTrue(rows.size() > 5, "the seeds are split into articles: " + rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i, rows.get(i).getLong(DocumentRows.INDEX_AT));
            assertEquals(expected.document(i), DocumentRows.document(rows.get(i)), "document " + i);
        }
        assertEquals(vertical(expected), concatenated(output.resolve("corpus.vrt")));
        assertEquals(csv(new FrequencyList(CountedTypes.WORDS, StopwordList.NONE, 1, 1).compute(expected, DocumentSelection.ALL,
                Progress.NONE), "frequency"), withoutTime(Files.readString(output.resolve("frequency.csv"))));
        assertTrue(Files.exists(output.resolve("ngrams.parquet")));
        assertTrue(Files.readString(output.resolve("provenance.json")).contains("\"segmenter\" : \"jieba\""));
        assertTrue(Files.readString(output.resolve("load-report.json")).contains("\"outcome\" : \"READ\""));
    }

    @Test
    void anExistingOutputOrAWrongParameterIsRefusedBeforeAnyWork(@TempDir Path temp) {
        CorpusException exists = assertThrows(CorpusException.class, () -> new CorpusJob(spark, JobSettings.parse("--input",
                TestTexts.SEEDS.toString(), "--output", temp.toString())).run());
        assertTrue(exists.getMessage().contains("exists"), exists.getMessage());
        CorpusException parameter = assertThrows(CorpusException.class, () -> new CorpusJob(spark, JobSettings.parse("--input",
                TestTexts.SEEDS.toString(), "--output", temp.resolve("new").toString(), "--frequency", "min_count=0")).run());
        assertTrue(parameter.getMessage().contains("min_count"), parameter.getMessage());
        CorpusException stopwords = assertThrows(CorpusException.class, () -> new CorpusJob(spark, JobSettings.parse("--input",
                TestTexts.SEEDS.toString(), "--output", temp.resolve("new").toString(), "--ngrams", "stopwords=chinese")).run());
        assertTrue(stopwords.getMessage().contains("stopwords"), stopwords.getMessage());
        CorpusException list = assertThrows(CorpusException.class, () -> new CorpusJob(spark, JobSettings.parse("--input",
                TestTexts.SEEDS.toString(), "--output", temp.resolve("new").toString(), "--keywords", "selection=0-3",
                "--keywords", "reference=list:jieba")).run());
        assertTrue(list.getMessage().contains("list:jieba"), list.getMessage());
        CorpusException thulac = assertThrows(CorpusException.class, () -> JobSettings.parse("--input", "x", "--output", "y",
                "--segmenter", "thulac"));
        assertTrue(thulac.getMessage().contains("thulac"), thulac.getMessage());
    }

    /** The seeds imported one by one in path order, as the importer cleans, splits and segments them. */
    private static TestCorpus sequentialImport(JobSettings settings) throws IOException {
        PreparedPipeline pipeline = PipelineAssembly.cleaning(settings);
        Jieba jieba = new Jieba();
        TestCorpus.Builder corpus = TestCorpus.builder("seeds");
        try (Stream<Path> files = Files.list(TestTexts.SEEDS)) {
            for (Path file : files.sorted().toList()) {
                String id = file.getFileName().toString();
                Source source = new org.corpusbench.loader.text.TextFileReader().read(id, Files.readAllBytes(file),
                        settings.loadOptions()).source();
                String text = new org.corpusbench.loader.text.TextFileReader().read(id, Files.readAllBytes(file),
                        settings.loadOptions()).text();
                corpus.source(source);
                for (PreparedCleaning.CleanedDocument cleaned : pipeline.clean(source, text).documents()) {
                    Document document = cleaned.document();
                    List<Token> tokens = jieba.segment(document.cleanedText());
                    corpus.document(document, cleaned.offsets() != null ? cleaned.offsets()
                            : OffsetMap.identity(document.cleanedText().codePointCount(0, document.cleanedText().length())), tokens);
                }
            }
        }
        return corpus.build();
    }

    private static String vertical(TestCorpus corpus) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new VerticalWriter(out).write(corpus);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String concatenated(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                text.append(Files.readString(part));
            }
        }
        return text.toString();
    }

    private static String csv(org.corpusbench.api.analysis.ResultTable table, String analysis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvResultWriter().write(new AnalysisResult(new Provenance("seeds", analysis, Map.of(), "jieba", Map.of(),
                Instant.EPOCH), table), out);
        return withoutTime(out.toString(StandardCharsets.UTF_8));
    }

    /** The rows and header, without the provenance lines, which name the run. */
    private static String withoutTime(String csv) {
        List<String> lines = new ArrayList<>(csv.lines().toList());
        lines.removeIf(line -> line.startsWith("# ") || line.startsWith("\uFEFF# "));
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
