package org.corpusbench.loader.text.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.corpusbench.loader.text.ZipReader;
import org.osgi.service.component.annotations.Component;

/** The {@code zip} loader: the {@code .txt} entries of a zip archive; see {@link ZipReader}. */
@Component(service = CorpusLoader.class)
@CorpusLoader.Name("zip")
public final class ZipLoader implements CorpusLoader {
    private final ZipReader reader = new ZipReader();

    @Override
    public boolean accepts(Path path) {
        return reader.accepts(path);
    }

    @Override
    public void load(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress) {
        reader.read(path, options, sink, skipped, progress);
    }
}
