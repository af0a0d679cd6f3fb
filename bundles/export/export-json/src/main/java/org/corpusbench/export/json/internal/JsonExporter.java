package org.corpusbench.export.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.export.Exporter;
import org.osgi.service.component.annotations.Component;

/** The {@code json} exporter: see {@link JsonResultWriter}. */
@Component(service = Exporter.class)
@Exporter.Format("json")
public final class JsonExporter implements Exporter {
    private final JsonResultWriter writer = new JsonResultWriter();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        writer.write(result, out);
    }
}
