package org.corpusbench.commands.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.NotFoundException;

/** {@code corpus:delete}: removes a corpus. */
@Service
@Command(scope = "corpus", name = "delete", description = "Deletes a corpus; analyses already running on it finish",
        detailedDescription = "Examples:\n"
            + "  corpus:delete seeds\n"
            + "      delete the corpus seeds and its subcorpora")
public class DeleteCommand implements Action {
    @Reference
    CorpusRepository repository;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Override
    public Object execute() {
        if (!repository.remove(corpus)) {
            throw new NotFoundException("corpus", corpus);
        }
        System.out.println("Deleted corpus '" + corpus + "'");
        return null;
    }
}
