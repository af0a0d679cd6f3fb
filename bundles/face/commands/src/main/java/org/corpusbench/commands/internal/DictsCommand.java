package org.corpusbench.commands.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;

/** {@code corpus:dicts}: the user dictionaries, or one dictionary's entries. */
@Service
@Command(scope = "corpus", name = "dicts", description = "Lists the user dictionaries, or the entries of one",
        detailedDescription = "Examples:\n"
            + "  corpus:dicts\n"
            + "      each dictionary with its number of entries and SHA-256\n"
            + "  corpus:dicts liaocheng\n"
            + "      its entries: word, frequency, tag")
public class DictsCommand implements Action {
    @Reference
    UserDictionaries dictionaries;

    @Option(name = "--no-format", description = "Print tab-separated rows, for scripts")
    boolean noFormat;

    @Argument(index = 0, name = "dictionary", description = "A dictionary whose entries to list")
    @Completion(DictionaryNameCompleter.class)
    String dictionary;

    @Override
    public Object execute() {
        if (dictionary != null) {
            ConsoleTable table = new ConsoleTable().emptyText("Dictionary '" + dictionary + "' has no entries.")
                    .column("Word").column("Frequency").column("Tag");
            for (UserDictionary.Entry entry : dictionaries.get(dictionary).entries()) {
                table.addRow(entry.word(), entry.frequency() == null ? "(suggested)" : String.valueOf(entry.frequency()),
                        entry.tag() == null ? "" : entry.tag());
            }
            table.print(System.out, !noFormat);
            return null;
        }
        ConsoleTable table = new ConsoleTable().emptyText("No user dictionaries; corpus:dict-add makes one.")
                .column("Name").numberColumn("Entries").column("SHA-256");
        for (UserDictionary each : dictionaries.list()) {
            table.addRow(each.name(), each.entries().size(), each.sha256());
        }
        table.print(System.out, !noFormat);
        return null;
    }

    /** @return "1 entry", "2 entries" */
    static String entries(int count) {
        return count + (count == 1 ? " entry" : " entries");
    }
}
