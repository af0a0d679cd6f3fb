package org.corpusbench.loader.parquet.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.corpusbench.loader.parquet.ParquetCorpusReader;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * The {@code parquet} loader: a corpus the Spark job cleaned and segmented ({@code corpus.parquet}),
 * stored as given, one document per row with the row's id, metadata and tokens; see
 * {@link ParquetCorpusReader}. Ranked above the other loaders because it accepts only a narrow kind of
 * folder (one with Spark's {@code _SUCCESS} and {@code .parquet} files), which the text loader would
 * otherwise take as a folder of text files, and a zip of one, which the zip loader would take.
 */
@Component(service = CorpusLoader.class)
@CorpusLoader.Name("parquet")
@ServiceRanking(10)
public final class ParquetLoader implements CorpusLoader {
    private final ParquetCorpusReader reader = new ParquetCorpusReader();

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
