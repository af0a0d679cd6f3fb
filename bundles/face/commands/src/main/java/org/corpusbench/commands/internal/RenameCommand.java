package org.corpusbench.commands.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusRepository;

/** {@code corpus:rename}: renames a corpus atomically. */
@Service
@Command(scope = "corpus", name = "rename", description = "Renames a corpus",
        detailedDescription = "Examples:\n"
            + "  corpus:rename seeds seeds-2024\n"
            + "      rename seeds to seeds-2024")
public class RenameCommand implements Action {
    @Reference
    CorpusRepository repository;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Argument(index = 1, name = "new-name", required = true, description = "Its new name")
    String newName;

    @Override
    public Object execute() {
        repository.rename(corpus, newName);
        System.out.println("Renamed corpus '" + corpus + "' to '" + newName + "'");
        return null;
    }
}
