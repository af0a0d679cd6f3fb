package org.corpusbench.analysis.segmentdiff.internal;

import java.util.List;
import org.corpusbench.analysis.segmentdiff.SegmentDiff;
import org.corpusbench.analysis.segmentdiff.SegmenterPair;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code segment-diff} analysis: {@link SegmentDiff} over the selected documents. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "segment-diff", title = "Segmenter disagreements",
        description = "Segments each document's cleaned text with two segmenters and lists every span they cut "
                + "differently as a pattern (并为: 并 为 against 并为) with its count, its documents and example lines, "
                + "most frequent first: what a dictionary entry or another segmenter would change.")
public final class SegmentDiffAnalysis implements Analysis {
    static final String SEGMENTER_A = "segmenter_a";
    static final String SEGMENTER_B = "segmenter_b";
    static final String EXAMPLES = "examples";
    static final String MIN_COUNT = "min_count";

    private final Segmenters segmenters;

    @Activate
    public SegmentDiffAnalysis(@Reference Segmenters segmenters) {
        this.segmenters = segmenters;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(SEGMENTER_A, ParameterType.STRING, "jieba", "The first segmenter (corpus:segmenters)"),
                new ParameterSpec(SEGMENTER_B, ParameterType.STRING, "jieba-analysis", "The second segmenter"),
                new ParameterSpec(EXAMPLES, ParameterType.INTEGER, "3", "Example lines per pattern").between(0, 100),
                new ParameterSpec(MIN_COUNT, ParameterType.INTEGER, "1", "Leave out patterns seen fewer times").between(1, null));
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        SegmenterPair pair = SegmenterPair.find(segmenters, parameters.string(SEGMENTER_A), parameters.string(SEGMENTER_B));
        return SegmentDiff.of(corpus, selection, pair, (int) parameters.integer(EXAMPLES), parameters.integer(MIN_COUNT),
                progress);
    }
}
