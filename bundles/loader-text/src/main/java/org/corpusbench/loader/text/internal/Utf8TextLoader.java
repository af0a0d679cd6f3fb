package org.corpusbench.loader.text.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.osgi.service.component.annotations.Component;

/** The {@code text} loader: UTF-8 {@code .txt} files and folders of them. */
@Component(service = CorpusLoader.class)
@CorpusLoader.Name("text")
public final class Utf8TextLoader implements CorpusLoader {
    private final TextFileReader reader = new TextFileReader();

    @Override
    public boolean accepts(Path path) {
        return reader.accepts(path);
    }

    @Override
    public int load(Path path, Consumer<LoadedSource> sink, Progress progress) {
        return reader.read(path, sink, progress);
    }
}
