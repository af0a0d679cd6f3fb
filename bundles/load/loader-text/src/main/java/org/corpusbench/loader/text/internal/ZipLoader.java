package org.corpusbench.loader.text.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.osgi.service.component.annotations.Component;

/** The {@code zip} loader: the {@code .txt} entries of a zip archive; see {@link ZipReader}. */
@Component(service = CorpusLoader.class)
@CorpusLoader.Name("zip")
public final class ZipLoader implements CorpusLoader {
    /** An archive may expand to 16 GiB in all, each entry to the maximum document size. */
    private static final long MAX_TOTAL_BYTES = 16L << 30;
    private final ZipReader reader = new ZipReader(MAX_TOTAL_BYTES);

    @Override
    public boolean accepts(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    @Override
    public void load(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress) {
        reader.read(path, options, sink, skipped, progress);
    }
}
