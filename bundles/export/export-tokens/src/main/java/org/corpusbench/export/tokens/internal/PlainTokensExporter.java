package org.corpusbench.export.tokens.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.export.tokens.PlainWriter;
import org.osgi.service.component.annotations.Component;

/** The {@code plain} token export, one sentence per line with tokens between spaces: see {@link PlainWriter}. */
@Component(service = CorpusExporter.class)
@CorpusExporter.Format("plain")
public final class PlainTokensExporter implements CorpusExporter {

    @Override
    public String format() {
        return "plain";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(CorpusView corpus, OutputStream out) throws IOException {
        new PlainWriter(out).write(corpus);
    }
}
