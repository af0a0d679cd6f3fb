package org.corpusbench.analysis.segmentdiff.internal;

import org.corpusbench.analysis.segmentdiff.SegmentDiff;
import org.corpusbench.analysis.segmentdiff.SegmenterPair;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.SegmentDiffs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SegmentDiffs}: the {@code segment-diff} table for a text that is not stored. */
@Component(service = SegmentDiffs.class)
public final class SegmentDiffService implements SegmentDiffs {
    private final Segmenters segmenters;

    @Activate
    public SegmentDiffService(@Reference Segmenters segmenters) {
        this.segmenters = segmenters;
    }

    @Override
    public ResultTable compare(String text, String segmenterA, String segmenterB, int examples, long minCount) {
        // the same bounds as the analysis's parameters, which the analysis registry checks there
        if (examples < 0 || examples > 100) {
            throw new CorpusException("examples must be 0 to 100, not " + examples);
        }
        if (minCount < 1) {
            throw new CorpusException("The minimum count must be 1 or more, not " + minCount);
        }
        return SegmentDiff.of(text, SegmenterPair.find(segmenters, segmenterA, segmenterB), examples, minCount);
    }
}
