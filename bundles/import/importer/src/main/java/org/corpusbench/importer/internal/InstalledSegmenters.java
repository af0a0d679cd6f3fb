package org.corpusbench.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The segmenter services registered now, by their {@link Segmenter#NAME}: they come and go with their bundles. */
@Component(service = Segmenters.class)
public final class InstalledSegmenters implements Segmenters {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Map.Entry<Map<String, Object>, Segmenter>> segmenters = List.of();

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
}
