package org.corpusbench.segmenter.thulac.internal;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code thulac} segmenter: THULAC's segmentation model (Tsinghua University, a structured
 * perceptron; PKU F1 0.944 as measured for the dictionaries issue, jieba 0.815) through thulac4j
 * 3.1.2, embedded in this bundle with its 30 MB of models, which load on first use (about 1.5 s).
 * thulac4j keeps its configuration in static fields; this segmenter never changes it (no user
 * words, no stopword filtering, no conversion to simplified characters), so the text's characters
 * are segmented as they are. In no boot feature: {@code feature:install corpusbench-segmenter-thulac}
 * or drop the bundle into {@code deploy/}.
 */
@Component(service = Segmenter.class)
@Segmenter.Name("thulac")
public final class ThulacSegmenter implements Segmenter {
    static final Map<String, String> PROVENANCE = Map.of("library", "thulac4j 3.1.2",
            "model", "THULAC segmentation model (models/cws_model.bin, cws_dat.bin of the thulac4j 3.1.2 jar)",
            "licence", "thulac4j: Apache 2.0; THULAC's models: free for research, commercial use by agreement with Tsinghua University");

    @Override
    public List<Token> segment(String text) {
        return ThulacTokens.of(text, io.github.yizhiru.thulac4j.Segmenter.segment(text));
    }

    @Override
    public Map<String, String> provenance() {
        return PROVENANCE;
    }
}
