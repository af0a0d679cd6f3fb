package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The Spark job (spark/, run in local mode with two cores, as its own process) computes what the
 * workbench computes, cell for cell, on the seeds and on 20 MB of pages made of their lines: the
 * documents and tokens (the workbench's vertical export against the job's {@code corpus.vrt}), and
 * the frequency list, word bigrams, the collocates of 发展 and the keywords of the first ten
 * documents against the rest (the workbench's CSV export against the job's CSV, rows and header;
 * the provenance lines name the run and differ). Then the job's Parquet corpus loads back into the
 * workbench ({@code corpus:load}, the {@code parquet} loader) and the workbench's analyses of it are
 * again the job's.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SparkIdentityIT extends WorkbenchTestSupport {
    private static final String[][] ANALYSES = {
        {"frequency"},
        {"ngrams"},
        {"collocates", "query=\"发展\""},
        {"keywords", "selection=0-9", "reference=rest"},
    };

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                systemProperty("corpusbench.spark.folder").value(System.getProperty("corpusbench.spark.folder")),
                systemProperty("corpusbench.itests.reports").value(new File("target").getAbsolutePath()));
    }

    @Test
    public void theSparkJobGivesTheWorkbenchsDocumentsAndResults() throws Exception {
        awaitSeeds();
        Path seeds = Path.of(System.getProperty("karaf.home"), "seeds");
        Path generated = SeedLinePages.write(Path.of(System.getProperty("karaf.data"), "import", "spark-it"), seeds, 20 << 20, 17);
        assertOk(executeCommand("corpus:load --name generated " + generated));
        List<String> figures = new ArrayList<>();
        for (String corpus : List.of("seeds", "generated")) {
            Path input = corpus.equals("seeds") ? seeds : generated;
            Path output = Path.of(System.getProperty("karaf.data"), "import", "spark-out", corpus); // inside an import root
            long started = System.nanoTime();
            runSparkJob(input, output, corpus);
            figures.add(corpus + ": Spark job (local[2], its own JVM, start-up included) "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");

            Path export = Path.of(System.getProperty("karaf.data"), "export");
            assertOk(executeCommand("corpus:export-tokens --format vertical --output " + corpus + "-spark-it.vrt " + corpus));
            String vertical = Files.readString(export.resolve(corpus + "-spark-it.vrt"));
            assertTrue(corpus + ": documents", vertical.split("<text ", -1).length > (corpus.equals("seeds") ? 40 : 1000));
            assertEquals(corpus + ": the documents and their tokens", vertical, parts(output.resolve("corpus.vrt")));
            assertSameResults(corpus, output, figures);
            String loaded = corpus + "-from-spark";
            assertOk(executeCommand("corpus:load --name " + loaded + " " + output.resolve("corpus.parquet")));
            assertEquals(repository().require(corpus).info().tokens(), repository().require(loaded).info().tokens());
            assertSameResults(loaded, output, figures);
        }
        String reports = System.getProperty("corpusbench.itests.reports");
        if (reports != null && Files.isDirectory(Path.of(reports))) { // for whoever reads the build's results
            Files.write(Path.of(reports, "sparkidentityit-figures.txt"), figures);
        }
    }

    /** The workbench's CSV export of each analysis of a corpus against the job's, rows and header. */
    private void assertSameResults(String corpus, Path output, List<String> figures) throws IOException {
        Path export = Path.of(System.getProperty("karaf.data"), "export");
        for (String[] analysis : ANALYSES) {
            String file = corpus + "-" + analysis[0] + "-spark-it.csv";
            assertOk(executeCommand("corpus:export --format csv --output " + file + " " + analysis[0] + " " + corpus + " "
                    + String.join(" ", quoted(analysis))));
            List<String> workbench = rows(export.resolve(file));
            List<String> spark = rows(output.resolve(analysis[0] + ".csv"));
            assertTrue(corpus + " " + analysis[0] + ": rows to compare", workbench.size() > 5);
            assertEquals(corpus + " " + analysis[0], workbench, spark);
            figures.add(corpus + " " + analysis[0] + ": " + (workbench.size() - 1) + " rows, equal");
        }
    }

    /** Runs the job jar spark-submit takes, on Spark's classpath, as spark/run-local.sh does, with two cores, and waits for it. */
    private static void runSparkJob(Path input, Path output, String name) throws IOException, InterruptedException {
        Path spark = Path.of(System.getProperty("corpusbench.spark.folder"));
        Path target = spark.resolve("target");
        String classpath = target.resolve("corpusbench-spark-0.1.0-SNAPSHOT-job.jar") + File.pathSeparator
                + Files.readString(target.resolve("spark-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "@" + spark.resolve("java-options"), "-cp", classpath, "org.corpusbench.spark.CorpusJob",
                "--master", "local[2]", "--input", input.toString(), "--output", output.toString(), "--name", name));
        for (String[] analysis : ANALYSES) {
            for (int i = 1; i < analysis.length; i++) {
                command.addAll(List.of("--" + analysis[0], analysis[i]));
            }
        }
        Path log = output.resolveSibling(name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("The Spark job on " + name + " took more than 15 minutes; its log: " + log);
        }
        assertEquals("The Spark job on " + name + " failed: " + tail(log), 0, process.exitValue());
    }

    /** Console arguments: each name=value quoted, as a user types a CQL query. */
    private static List<String> quoted(String[] analysis) {
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i < analysis.length; i++) {
            arguments.add("'" + analysis[i] + "'");
        }
        return arguments;
    }

    /** A CSV's header and rows, without the byte order mark and the provenance lines. */
    private static List<String> rows(Path csv) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        lines.removeIf(line -> line.startsWith("# ") || line.startsWith("\uFEFF# "));
        return lines;
    }

    /** A Spark text output's part files, in order, as one text. */
    private static String parts(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                text.append(Files.readString(part));
            }
        }
        return text.toString();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void assertOk(String output) {
        assertFalse(output, output.contains("ERROR"));
    }
}
