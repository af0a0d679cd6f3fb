package org.corpusbench.jieba.engine.internal;

import com.huaban.analysis.jieba.JiebaSegmenter.SegMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH (not a test): segments the five seed pages once per operation, line by line, with our engine
 * ({@code jieba.cut}, HMM on) and with jieba-analysis (SEARCH mode, its equivalent). MB/s of UTF-8
 * input = operations per second x {@link #MEGABYTES}, printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class SegmentationBenchmark {
    /** UTF-8 megabytes of the seed pages: one operation's input. */
    static double MEGABYTES;

    private String[] lines;
    private JiebaEngine engine;
    private com.huaban.analysis.jieba.JiebaSegmenter jiebaAnalysis;

    @Setup
    public void load() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> pages = Files.list(Path.of(System.getProperty("corpusbench.seeds", "../../../seeds")))) {
            for (Path page : pages.sorted().toList()) {
                text.append(Files.readString(page, StandardCharsets.UTF_8)).append('\n');
            }
        }
        lines = text.toString().split("\n");
        MEGABYTES = text.toString().getBytes(StandardCharsets.UTF_8).length / 1e6;
        System.out.printf("%nInput: the seed pages, %.4f MB of UTF-8 per operation%n", MEGABYTES);
        try (InputStream dictionary = JiebaEngine.class.getResourceAsStream("/org/corpusbench/jieba/engine/dict.txt");
                InputStream model = JiebaEngine.class.getResourceAsStream("/org/corpusbench/jieba/engine/hmm-model.tsv")) {
            engine = new JiebaEngine(JiebaDictionary.load(dictionary), HmmModel.load(model));
        }
        jiebaAnalysis = new com.huaban.analysis.jieba.JiebaSegmenter();
    }

    @Benchmark
    public int ours() {
        int tokens = 0;
        for (String line : lines) {
            tokens += engine.cut(line, true).size();
        }
        return tokens;
    }

    @Benchmark
    public int jiebaAnalysis() {
        int tokens = 0;
        for (String line : lines) {
            tokens += jiebaAnalysis.process(line, SegMode.SEARCH).size();
        }
        return tokens;
    }
}
