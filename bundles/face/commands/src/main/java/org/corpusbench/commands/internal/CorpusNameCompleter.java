package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.CorpusRepository;

/** Completes the names of stored corpora. */
@Service
public class CorpusNameCompleter extends LiveCompleter {
    @Reference
    CorpusRepository repository;

    @Override
    List<String> candidates(CommandLine line) {
        return corpusNames(repository);
    }
}
