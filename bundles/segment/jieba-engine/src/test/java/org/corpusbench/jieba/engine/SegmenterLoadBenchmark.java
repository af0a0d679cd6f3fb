package org.corpusbench.jieba.engine;

import java.io.IOException;
import java.io.PrintStream;

/** Load time and retained heap of each segmenter's dictionary and model (not a test; run by -Pbenchmark). */
public final class SegmenterLoadBenchmark {

    private SegmenterLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long before = usedHeap();
        long started = System.nanoTime();
        JiebaEngine engine = JiebaResources.engine(java.util.List.of());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("LOAD ours: %.2f s, %d MB retained heap (tokens of a probe: %d)%n", seconds,
                (usedHeap() - before) >> 20, engine.cut("聊城市纪念国际妇女节", true).size());

        PrintStream out = System.out;
        System.setOut(new PrintStream(PrintStream.nullOutputStream())); // jieba-analysis prints its load times
        before = usedHeap();
        started = System.nanoTime();
        com.huaban.analysis.jieba.JiebaSegmenter jiebaAnalysis = new com.huaban.analysis.jieba.JiebaSegmenter();
        seconds = (System.nanoTime() - started) / 1e9;
        long retained = usedHeap() - before;
        System.setOut(out);
        System.out.printf("LOAD jieba-analysis: %.2f s, %d MB retained heap (tokens of a probe: %d)%n", seconds, retained >> 20,
                jiebaAnalysis.sentenceProcess("聊城市纪念国际妇女节").size());
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
