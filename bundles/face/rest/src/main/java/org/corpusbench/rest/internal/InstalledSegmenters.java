package org.corpusbench.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The segmenter services registered now, by their {@link Segmenter#NAME}: they come and go with their bundles. */
@Component(service = InstalledSegmenters.class)
public final class InstalledSegmenters {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Map.Entry<Map<String, Object>, Segmenter>> segmenters = List.of();

    /** @return the segmenters by name, in name order */
    Map<String, Segmenter> byName() {
        Map<String, Segmenter> byName = new TreeMap<>();
        segmenters.forEach(entry -> byName.put(String.valueOf(entry.getKey().get(Segmenter.NAME)), entry.getValue()));
        return byName;
    }

    /** @throws NotFoundException if none has that name */
    Segmenter find(String name) {
        Segmenter segmenter = byName().get(name);
        if (segmenter == null) {
            throw new NotFoundException("segmenter", name);
        }
        return segmenter;
    }
}
