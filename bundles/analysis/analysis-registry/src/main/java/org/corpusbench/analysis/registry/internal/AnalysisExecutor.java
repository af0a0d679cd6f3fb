package org.corpusbench.analysis.registry.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.corpusbench.analysis.selection.ParameterText;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;

/**
 * Runs analyses: finds the analysis and the corpus, binds the parameters and wraps the result
 * with its provenance. The set of analyses is read from a supplier on every call, so analyses
 * that come and go (hot deploy) are seen at once.
 */
final class AnalysisExecutor implements AnalysisService {
    private static final ParameterSpec SELECTION_SPEC = new ParameterSpec(SELECTION, ParameterType.DOCUMENT_SELECTION,
            "all", "Documents to analyse: 'all', indices and ranges like '0-3,7', metadata comparisons like "
                    + "'date>=2023-03-01 & reporters~赵宗锋' (=, !=, ~, <, <=, >, >=), or '@name' for a saved subcorpus");

    /**
     * An analysis service with what is known of it from its registration.
     *
     * @param analysis the service
     * @param name its name
     * @param title its title
     * @param description its description
     * @param bundle symbolic name of its bundle
     * @param version its bundle's version
     */
    record Registered(Analysis analysis, String name, String title, String description, String bundle, String version) {
    }

    private final Supplier<List<Registered>> analyses;
    private final ParameterBinder.Services services;
    private final Map<String, String> ownBundle;
    private final Clock clock;

    AnalysisExecutor(Supplier<List<Registered>> analyses, ParameterBinder.Services services,
            Map<String, String> ownBundle, Clock clock) {
        this.analyses = analyses;
        this.services = services;
        this.ownBundle = ownBundle;
        this.clock = clock;
    }

    @Override
    public List<AnalysisDescriptor> analyses() {
        List<AnalysisDescriptor> descriptors = new ArrayList<>();
        for (Registered registered : analyses.get()) {
            descriptors.add(describe(registered));
        }
        descriptors.sort(Comparator.comparing(AnalysisDescriptor::name));
        return descriptors;
    }

    @Override
    public Optional<AnalysisDescriptor> analysis(String name) {
        return find(name).map(AnalysisExecutor::describe);
    }

    @Override
    public AnalysisResult run(String analysisName, String corpusName, Map<String, String> parameters, Progress progress) {
        // A 400 rather than an "unknown" 404 that would echo the control character back.
        ParameterText.requirePrintable("analysis name", analysisName);
        ParameterText.requirePrintable("corpus name", corpusName);
        Registered registered = find(analysisName).orElseThrow(() -> new NotFoundException("analysis", analysisName));
        CorpusView corpus = services.corpora().apply(corpusName);
        ParameterBinder.Bound bound = new ParameterBinder(analysisName, describe(registered).parameters())
                .bind(parameters, corpus, services);
        Parameters values = Parameters.of(bound.values());
        Map<String, String> bundles = new TreeMap<>(ownBundle);
        bundles.put(registered.bundle(), registered.version());
        Provenance provenance = new Provenance(corpusName, analysisName, bound.texts(), corpus.info().segmenter(),
                bundles, clock.instant());
        ResultTable table = registered.analysis().run(corpus, values.selection(SELECTION), values, progress);
        return new AnalysisResult(provenance, table);
    }

    private Optional<Registered> find(String name) {
        return analyses.get().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static AnalysisDescriptor describe(Registered registered) {
        List<ParameterSpec> parameters = new ArrayList<>(registered.analysis().parameters());
        if (parameters.stream().noneMatch(p -> p.name().equals(SELECTION))) {
            parameters.add(SELECTION_SPEC);
        }
        return new AnalysisDescriptor(registered.name(), registered.title(), registered.description(), parameters,
                registered.bundle(), registered.version());
    }
}
