package org.corpusbench.commands.internal;

import java.util.Iterator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.Col;
import org.apache.karaf.shell.support.table.ShellTable;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;

/** {@code corpus:run}: runs an analysis and prints the first rows of its result. */
@Service
@Command(scope = "corpus", name = "run", description = "Runs an analysis on a corpus and prints its first rows")
public class RunCommand implements Action {
    @Reference
    AnalysisService analyses;

    @Option(name = "--top", description = "How many rows to print; 0 prints all")
    int top = 20;

    @Option(name = "--no-format", description = "Print the table without borders, for scripts")
    boolean noFormat;

    @Argument(index = 0, name = "analysis", required = true, description = "The analysis name (see corpus:analyses)")
    @Completion(AnalysisNameCompleter.class)
    String analysis;

    @Argument(index = 1, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Argument(index = 2, name = "parameters", multiValued = true, description = "Parameters as name=value")
    List<String> parameters;

    @Override
    public Object execute() {
        if (top < 0) {
            throw new CorpusException("--top must be 0 (all rows) or more, not " + top);
        }
        ConsoleProgress progress = new ConsoleProgress(System.out);
        try (AnalysisResult result = analyses.run(analysis, corpus, ParameterArguments.parse(parameters), progress)) {
            List<Column> columns = result.table().columns();
            ShellTable table = new ShellTable().emptyTableText("No rows.");
            for (Column column : columns) {
                Col col = table.column(column.name());
                if (column.type() != ColumnType.STRING) {
                    col.alignRight();
                }
            }
            Iterator<List<Object>> rows = result.table().rows().iterator();
            for (int printed = 0; rows.hasNext() && (top == 0 || printed < top); printed++) {
                List<Object> row = rows.next();
                Object[] cells = new Object[row.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = CellFormat.format(row.get(i), columns.get(i).type());
                }
                table.addRow().addContent(cells);
            }
            progress.finish();
            table.print(System.out, !noFormat);
        }
        return null;
    }
}
