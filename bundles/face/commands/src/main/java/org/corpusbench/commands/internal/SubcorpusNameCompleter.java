package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Subcorpora;

/** Completes the names of the saved subcorpora of the corpus named earlier on the line. */
@Service
public class SubcorpusNameCompleter extends LiveCompleter {
    @Reference
    CorpusRepository repository;

    @Reference
    Subcorpora subcorpora;

    @Override
    List<String> candidates(CommandLine line) {
        return chosenCorpus(line, repository).map(corpus -> subcorpusNames(subcorpora, corpus)).orElse(List.of());
    }
}
