package org.corpusbench.commands.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Subcorpora;

/** Completes a selection option: {@code all} and the saved subcorpora of the corpus named on the line, as {@code @name}. */
@Service
public class SelectionCompleter extends LiveCompleter {
    @Reference
    CorpusRepository repository;

    @Reference(optional = true)
    Subcorpora subcorpora;

    @Override
    List<String> candidates(CommandLine line) {
        List<String> values = new ArrayList<>(List.of("all"));
        chosenCorpus(line, repository).ifPresent(corpus -> subcorpusNames(subcorpora, corpus).forEach(name -> values.add("@" + name)));
        return values;
    }
}
