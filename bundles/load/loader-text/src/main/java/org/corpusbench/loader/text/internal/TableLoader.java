package org.corpusbench.loader.text.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.corpusbench.loader.text.TableReader;
import org.osgi.service.component.annotations.Component;

/** The {@code table} loader: CSV, TSV and JSON Lines with one document per row; see {@link TableReader}. */
@Component(service = CorpusLoader.class)
@CorpusLoader.Name("table")
public final class TableLoader implements CorpusLoader {
    private final TableReader reader = new TableReader();

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
