package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

class SeedCorpusImportTest {
    @TempDir
    Path data;

    @Test
    void theSeedsWaitForTheFullPipelineThenImportOnce() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        CorpusImporter importer = new CorpusImporter() {
            @Override
            public CorpusInfo importPath(String name, Path path, LoadOptions options, Progress progress) {
                if (attempts.incrementAndGet() < 3) { // the cleaning plug-ins are still starting
                    throw new CorpusException(SeedCorpusImport.PIPELINE_INCOMPLETE + " after waiting 0 s: 3 of 4 required cleaning steps");
                }
                return new CorpusInfo(name, 1, 1, 1, 1, Instant.EPOCH, Map.of());
            }

            @Override
            public CorpusInfo extend(String name, Path path, LoadOptions options, Progress progress) {
                throw new AssertionError();
            }

            @Override
            public CorpusInfo reclean(String name, Progress progress) {
                throw new AssertionError();
            }

            @Override
            public CorpusInfo reclean(String name, Map<String, String> cleaning, Progress progress) {
                throw new AssertionError();
            }
        };
        MemoryRepository repository = new MemoryRepository();
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDataFile" -> data.resolve((String) args[0]).toFile();
                    case "getProperty" -> data.toString();
                    default -> null;
                });
        SeedCorpusImport.Config config = (SeedCorpusImport.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SeedCorpusImport.Config.class}, (proxy, method, args) -> method.getDefaultValue());

        SeedCorpusImport seeds = new SeedCorpusImport(context, config, importer, repository);
        try {
            Path marker = data.resolve("seeds-imported");
            for (long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1); !Files.exists(marker);) {
                assertTrue(System.nanoTime() - giveUp < 0, "the seeds were never imported; attempts: " + attempts);
                Thread.sleep(10);
            }
        } finally {
            seeds.deactivate();
        }

        assertEquals(3, attempts.get());
        assertTrue(Files.exists(data.resolve("seeds-imported")));
    }
}
