package org.corpusbench.commands.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;

/** {@code corpus:list}: the stored corpora. */
@Service
@Command(scope = "corpus", name = "list", description = "Lists the stored corpora",
        detailedDescription = "Examples:\n"
            + "  corpus:list\n"
            + "      the stored corpora with their sizes\n"
            + "  corpus:list --no-format\n"
            + "      the same as tab-separated rows, for scripts")
public class ListCommand implements Action {
    @Reference
    CorpusRepository repository;

    @Option(name = "--no-format", description = "Print the table without borders, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable().emptyText("No corpora. Load one with corpus:load <path>.")
                .column("Name").numberColumn("Sources").numberColumn("Documents").numberColumn("Tokens")
                .numberColumn("Types").column("Segmenter").column("Created");
        for (CorpusInfo info : repository.list()) {
            table.addRow(info.name(), info.sources(), info.documents(), info.tokens(), info.types(), info.segmenter(),
                    info.created());
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
