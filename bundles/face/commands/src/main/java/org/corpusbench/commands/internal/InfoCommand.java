package org.corpusbench.commands.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;

/** {@code corpus:info}: sizes and provenance of one corpus. */
@Service
@Command(scope = "corpus", name = "info", description = "Shows the sizes and provenance of a corpus",
        detailedDescription = "Examples:\n"
            + "  corpus:info seeds\n"
            + "      sizes, size on disk and provenance of seeds")
public class InfoCommand implements Action {
    @Reference
    CorpusRepository repository;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Option(name = "--no-format", description = "Print the table without borders, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        CorpusView view = repository.require(corpus);
        CorpusInfo info = view.info();
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("Name", info.name());
        rows.put("Sources", info.sources());
        rows.put("Documents", info.documents());
        rows.put("Sentences", view.sentenceCount());
        rows.put("Tokens", info.tokens());
        rows.put("Types", info.types());
        rows.put("Size on disk", String.format(Locale.ROOT, "%,d bytes", view.storedBytes()));
        rows.put("Created", info.created());
        rows.put("Load report", view.loadReport().summary());
        new TreeMap<>(info.provenance()).forEach(rows::put);
        ConsoleTable table = new ConsoleTable().column("Property").column("Value");
        rows.forEach(table::addRow);
        table.print(System.out, !noFormat);
        return null;
    }
}
