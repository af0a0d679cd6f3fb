package org.corpusbench.export.tokens.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.export.tokens.VerticalWriter;
import org.osgi.service.component.annotations.Component;

/** The {@code vertical} token export, CWB's input format: see {@link VerticalWriter}. */
@Component(service = CorpusExporter.class)
@CorpusExporter.Format("vertical")
public final class VerticalTokensExporter implements CorpusExporter {

    @Override
    public String format() {
        return "vertical";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "vrt";
    }

    @Override
    public void write(CorpusView corpus, OutputStream out) throws IOException {
        new VerticalWriter(out).write(corpus);
    }
}
