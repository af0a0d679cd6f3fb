package org.corpusbench.loader.text.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.corpusbench.loader.text.TextFileReader;
import org.osgi.service.component.annotations.Component;

/** The {@code text} loader: {@code .txt} files and folders of them, in any common Chinese encoding. */
@Component(service = CorpusLoader.class)
@CorpusLoader.Name("text")
public final class TextLoader implements CorpusLoader {
    private final TextFileReader reader = new TextFileReader();

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
