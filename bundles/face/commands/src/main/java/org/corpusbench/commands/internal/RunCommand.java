package org.corpusbench.commands.internal;

import java.util.Iterator;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;

/** {@code corpus:run}: runs an analysis and prints the first rows of its result. */
@Service
@Command(scope = "corpus", name = "run", description = "Runs an analysis on a corpus and prints its first rows; Tab completes analyses, corpora and the analysis's name=value parameters; Ctrl-C cancels",
        detailedDescription = "Examples:\n"
            + "  corpus:run --top 5 frequency seeds\n"
            + "      the five most frequent words\n"
            + "  corpus:run --top 3 collocates seeds 'query=\"发展\"' sort=log_dice\n"
            + "      collocates of 发展\n"
            + "  corpus:run keywords seeds selection=@march reference=rest\n"
            + "      keywords of a subcorpus against the rest")
public class RunCommand extends AnalysisAction {
    @Option(name = "--top", description = "How many rows to print; 0 prints all")
    int top = 20;

    @Option(name = "--no-format", description = "Print the table without borders, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        if (top < 0) {
            throw new CorpusException("--top must be 0 (all rows) or more, not " + top);
        }
        ConsoleProgress progress = ConsoleProgress.of(session);
        try (AnalysisResult result = runAnalysis(progress)) {
            List<Column> columns = result.table().columns();
            ConsoleTable table = new ConsoleTable().emptyText("No rows.");
            for (Column column : columns) {
                if (column.type() == ColumnType.STRING) {
                    table.column(column.name());
                } else {
                    table.numberColumn(column.name());
                }
            }
            Iterator<List<Object>> rows = result.table().rows().iterator();
            for (int printed = 0; rows.hasNext() && (top == 0 || printed < top); printed++) {
                List<Object> row = rows.next();
                Object[] cells = new Object[row.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = CellFormat.format(row.get(i), columns.get(i).type());
                }
                table.addRow(cells);
            }
            progress.finish();
            table.print(System.out, !noFormat);
        } catch (RuntimeException e) {
            progress.cancelledOrRethrow(e, System.out, "");
        }
        return null;
    }
}
