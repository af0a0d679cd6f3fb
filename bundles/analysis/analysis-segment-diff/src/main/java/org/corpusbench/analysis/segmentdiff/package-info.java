/**
 * Where two segmenters split the same text differently, in plain Java usable outside OSGi:
 * {@link org.corpusbench.analysis.segmentdiff.SegmentationDiff} finds the spans of one text,
 * {@link org.corpusbench.analysis.segmentdiff.DisagreementCounts} counts their patterns with
 * examples, {@link org.corpusbench.analysis.segmentdiff.SegmentDiff} runs both over a corpus or a
 * text. Not exported; the bundle's DS components wrap it as the {@code segment-diff} analysis and
 * the {@link org.corpusbench.api.analysis.SegmentDiffs} service.
 */
package org.corpusbench.analysis.segmentdiff;
