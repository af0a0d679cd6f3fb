package org.corpusbench.analysis.registry.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.ReferenceLists;
import org.corpusbench.api.analysis.StopwordLists;
import org.corpusbench.api.query.QueryService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The analysis whiteboard: every {@link Analysis} service with a name, bound dynamically and
 * greedily so a bundle dropped into {@code deploy/} appears at once and vanishes when removed.
 * Selections are read by the {@link Subcorpora} service; stopword lists and query checking are
 * used when their services run, and taken up or dropped as they come and go.
 */
@Component(service = AnalysisService.class)
public final class AnalysisRegistry implements AnalysisService {
    private final BundleContext context;
    private final AnalysisExecutor executor;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + Analysis.NAME + "=*)")
    private volatile List<Map.Entry<Map<String, Object>, Analysis>> analyses;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile StopwordLists stopwordLists;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile QueryService queryService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReferenceLists referenceLists;

    /**
     * @param context to find the bundle behind each analysis
     * @param repository resolves corpus names
     * @param subcorpora reads selections
     */
    @Activate
    public AnalysisRegistry(BundleContext context, @Reference(name = "repository") CorpusRepository repository,
            @Reference(name = "subcorpora") Subcorpora subcorpora) {
        this.context = context;
        Bundle own = context.getBundle();
        ParameterBinder.Services services = new ParameterBinder.Services(repository::require, subcorpora,
                () -> Optional.ofNullable(stopwordLists), () -> Optional.ofNullable(queryService),
                () -> Optional.ofNullable(referenceLists));
        this.executor = new AnalysisExecutor(this::registered, services,
                Map.of(own.getSymbolicName(), own.getVersion().toString()), Clock.systemUTC());
    }

    private List<AnalysisExecutor.Registered> registered() {
        return analyses.stream().map(this::registered).toList();
    }

    private AnalysisExecutor.Registered registered(Map.Entry<Map<String, Object>, Analysis> entry) {
        Map<String, Object> properties = entry.getKey();
        Object bundleId = properties.get(Constants.SERVICE_BUNDLEID);
        Bundle bundle = bundleId instanceof Long id ? context.getBundle(id) : null;
        String name = String.valueOf(properties.get(Analysis.NAME));
        return new AnalysisExecutor.Registered(entry.getValue(), name,
                String.valueOf(properties.getOrDefault(Analysis.TITLE, name)),
                String.valueOf(properties.getOrDefault(Analysis.DESCRIPTION, "")),
                bundle == null ? "unknown" : bundle.getSymbolicName(),
                bundle == null ? "unknown" : bundle.getVersion().toString());
    }

    @Override
    public List<AnalysisDescriptor> analyses() {
        return executor.analyses();
    }

    @Override
    public Optional<AnalysisDescriptor> analysis(String name) {
        return executor.analysis(name);
    }

    @Override
    public AnalysisResult run(String analysis, String corpus, Map<String, String> parameters, Progress progress) {
        return executor.run(analysis, corpus, parameters, progress);
    }
}
