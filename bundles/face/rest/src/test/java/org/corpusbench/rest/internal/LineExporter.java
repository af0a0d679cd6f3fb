package org.corpusbench.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.export.Exporter;

/** An exporter for tests: format {@code lines}, each row as {@link List#toString()} on a line of its own. */
final class LineExporter implements Exporter {
    @Override
    public String format() {
        return "lines";
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
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        for (List<Object> row : (Iterable<List<Object>>) result.table().rows()::iterator) {
            out.write((row + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
