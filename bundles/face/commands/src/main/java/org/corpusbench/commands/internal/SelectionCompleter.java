package org.corpusbench.commands.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Subcorpora;

/**
 * Completes a selection option: {@code all} and saved subcorpora as {@code @name}: those of the corpus
 * named on the line, or, since Karaf reads options before the arguments, those of every corpus.
 */
@Service
public class SelectionCompleter extends LiveCompleter {
    @Reference
    CorpusRepository repository;

    @Reference(optional = true)
    Subcorpora subcorpora;

    @Override
    List<String> candidates(CommandLine line) {
        List<String> values = new ArrayList<>(List.of("all"));
        List<String> corpora = chosenCorpus(line, repository).map(List::of).orElseGet(() -> corpusNames(repository));
        corpora.stream().flatMap(corpus -> subcorpusNames(subcorpora, corpus).stream()).distinct()
                .forEach(name -> values.add("@" + name));
        return values;
    }
}
