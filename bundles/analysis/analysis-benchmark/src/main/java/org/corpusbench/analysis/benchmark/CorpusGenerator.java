package org.corpusbench.analysis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes sure the store folder holds the benchmark corpus. If it does not, runs the store
 * benchmark's generator ({@code StoreBenchmark write DIR TOKENS}, a test class of
 * bundles/store/repository) through that module's own {@code benchmark} profile, so that both
 * benchmarks measure the same corpus and the generator exists once.
 */
final class CorpusGenerator {
    private CorpusGenerator() {
    }

    static void ensure(Path folder, long tokens, String maven, Path repositoryPom) throws IOException, InterruptedException {
        if (Files.exists(folder.resolve(Benchmark.CORPUS).resolve("CURRENT"))) {
            System.out.println("Corpus found in " + folder + "; delete the folder to generate it again");
            return;
        }
        List<String> command = List.of(maven, "-B", "-q", "-Pbenchmark", "-f", repositoryPom.toString(), "test-compile",
                "org.codehaus.mojo:exec-maven-plugin:3.5.0:exec@write", "-Dbenchmark.dir=" + folder,
                "-Dbenchmark.tokens=" + tokens);
        System.out.println("No corpus in " + folder + " yet; generating it (minutes): " + String.join(" ", command));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("Generating the corpus failed (exit " + exit + ")");
        }
    }
}
