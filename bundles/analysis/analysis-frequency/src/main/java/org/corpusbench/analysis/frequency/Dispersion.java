package org.corpusbench.analysis.frequency;

/**
 * How one type is spread over a selection's parts (its non-empty documents) and its running text.
 *
 * @param range the parts that contain it
 * @param juillandD Juilland's D, NaN with fewer than two parts
 * @param dp Gries's DP
 * @param dpNorm DP normalised by Lijffijt and Gries, NaN with fewer than two parts
 * @param arf the average reduced frequency of Savický and Hlaváčová
 */
public record Dispersion(int range, double juillandD, double dp, double dpNorm, double arf) {
}
