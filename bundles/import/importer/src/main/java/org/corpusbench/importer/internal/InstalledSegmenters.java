package org.corpusbench.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The segmenter services registered now, by their {@link Segmenter#NAME}: they come and go with their
 * bundles. The default is the one the importer's configuration chooses by its {@code segmenter.target}.
 */
@Component(service = Segmenters.class, configurationPid = "org.corpusbench.importer")
public final class InstalledSegmenters implements Segmenters {
    private final Filter defaultFilter;

    /**
     * @param properties the importer's configuration, whose {@code segmenter.target} chooses the default
     * @throws InvalidSyntaxException if that filter is malformed
     */
    @Activate
    public InstalledSegmenters(Map<String, Object> properties) throws InvalidSyntaxException {
        Object target = properties.get("segmenter.target");
        this.defaultFilter = FrameworkUtil.createFilter(target != null ? String.valueOf(target) : "(" + Segmenter.NAME + "=jieba)");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Map.Entry<Map<String, Object>, Segmenter>> segmenters = List.of();

    /** @return segmenters installed for good, by name, the first the default: for tests and plain Java callers */
    static InstalledSegmenters of(Map<String, Segmenter> byName) {
        try {
            String first = byName.keySet().iterator().next();
            InstalledSegmenters installed = new InstalledSegmenters(Map.of("segmenter.target", "(" + Segmenter.NAME + "=" + first + ")"));
            installed.segmenters = byName.entrySet().stream()
                    .map(entry -> Map.entry(Map.<String, Object>of(Segmenter.NAME, entry.getKey()), entry.getValue())).toList();
            return installed;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Not a segmenter name: " + byName.keySet(), e);
        }
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        segmenters.forEach(entry -> names.add(String.valueOf(entry.getKey().get(Segmenter.NAME))));
        names.sort(String::compareTo);
        return names;
    }

    @Override
    public Segmenter find(String name) {
        return segmenters.stream().filter(entry -> String.valueOf(entry.getKey().get(Segmenter.NAME)).equals(name))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new NotFoundException("segmenter", name));
    }

    @Override
    public String defaultName() {
        return segmenters.stream().filter(entry -> defaultFilter.matches(entry.getKey()))
                .map(entry -> String.valueOf(entry.getKey().get(Segmenter.NAME))).findFirst()
                .orElseThrow(() -> new NotFoundException("segmenter", defaultFilter.toString()));
    }
}
