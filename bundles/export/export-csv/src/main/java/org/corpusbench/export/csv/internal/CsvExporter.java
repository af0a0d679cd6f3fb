package org.corpusbench.export.csv.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.export.Exporter;
import org.corpusbench.export.csv.CsvResultWriter;
import org.osgi.service.component.annotations.Component;

/** The {@code csv} exporter: see {@link CsvResultWriter}. */
@Component(service = Exporter.class)
@Exporter.Format("csv")
public final class CsvExporter implements Exporter {
    private final CsvResultWriter writer = new CsvResultWriter();

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        writer.write(result, out);
    }
}
