package org.corpusbench.commands.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ReferenceLists;
import org.corpusbench.api.analysis.StopwordLists;

/**
 * Completes {@code name=value} parameters of the analysis named earlier on the line from the
 * {@link ParameterSpec}s it declares, so an analysis deployed a minute ago completes too: first the
 * names not given yet, then the values its type allows (choices, true/false, corpora, subcorpora of
 * the chosen corpus, stopword and reference lists) or its default.
 */
@Service
public class ParameterCompleter extends LiveCompleter {
    @Reference
    AnalysisService analyses;

    @Reference
    CorpusRepository repository;

    @Reference(optional = true)
    Subcorpora subcorpora;

    @Reference(optional = true)
    StopwordLists stopwords;

    @Reference(optional = true)
    ReferenceLists referenceLists;

    @Override
    List<String> candidates(CommandLine line) {
        List<String> before = before(line);
        Optional<AnalysisDescriptor> analysis = before.stream().map(analyses::analysis).flatMap(Optional::stream).findFirst();
        if (analysis.isEmpty()) {
            return List.of();
        }
        String typed = typed(line);
        int equals = typed.indexOf('=');
        List<ParameterSpec> parameters = analysis.get().parameters();
        if (equals < 0) {
            return parameters.stream().map(ParameterSpec::name)
                    .filter(name -> before.stream().noneMatch(given -> given.startsWith(name + "=")))
                    .map(name -> name + "=").toList();
        }
        String name = typed.substring(0, equals);
        return parameters.stream().filter(spec -> spec.name().equals(name)).findFirst()
                .map(spec -> values(spec, line).stream().map(value -> name + "=" + value).toList()).orElse(List.of());
    }

    private List<String> values(ParameterSpec spec, CommandLine line) {
        return switch (spec.type()) {
            case BOOLEAN -> List.of("true", "false");
            case CORPUS -> corpusNames(repository);
            case STOPWORDS -> stopwords == null ? List.of() : stopwords.names();
            case DOCUMENT_SELECTION -> selections(line);
            case REFERENCE -> references(line);
            default -> !spec.choices().isEmpty() ? spec.choices()
                    : spec.defaultValue() == null || spec.defaultValue().isEmpty() ? List.of() : List.of(spec.defaultValue());
        };
    }

    private List<String> selections(CommandLine line) {
        List<String> values = new ArrayList<>(List.of("all"));
        chosenCorpus(line, repository).ifPresent(corpus -> subcorpusNames(subcorpora, corpus).forEach(name -> values.add("@" + name)));
        return values;
    }

    private List<String> references(CommandLine line) {
        List<String> values = new ArrayList<>();
        if (referenceLists != null) {
            referenceLists.names().forEach(name -> values.add("list:" + name));
        }
        corpusNames(repository).forEach(corpus -> values.add("corpus:" + corpus));
        values.add("rest");
        chosenCorpus(line, repository).ifPresent(corpus -> subcorpusNames(subcorpora, corpus).forEach(name -> values.add("@" + name)));
        return values;
    }
}
