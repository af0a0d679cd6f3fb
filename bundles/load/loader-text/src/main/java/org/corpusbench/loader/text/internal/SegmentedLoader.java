package org.corpusbench.loader.text.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.corpusbench.loader.text.SegmentedReader;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code segmented} loader: pre-segmented text stored as given; see {@link SegmentedReader}. It
 * accepts CWB vertical files by themselves; space-separated text is a {@code .txt} file like any
 * other, so it is read this way only when the user names this loader.
 */
@Component(service = CorpusLoader.class)
@CorpusLoader.Name("segmented")
public final class SegmentedLoader implements CorpusLoader {
    private final SegmentedReader reader = new SegmentedReader();

    @Override
    public boolean accepts(Path path) {
        return Files.isRegularFile(path) && reader.isVertical(path);
    }

    @Override
    public void load(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress) {
        reader.read(path, options, sink, skipped, progress);
    }
}
