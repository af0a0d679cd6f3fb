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
    public ResultTable compare(String text, String segmenterA, String segmenterB, int examples) {
        if (examples < 0) {
            throw new CorpusException("examples must be 0 or more, not " + examples);
        }
        return SegmentDiff.of(text, SegmenterPair.find(segmenters, segmenterA, segmenterB), examples);
    }
}
