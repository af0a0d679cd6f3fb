package org.corpusbench.analysis.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corpusbench.testing.OutsideCheck;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The outside check: our log-likelihood (2- and 4-term) and chi-squared (without and with Yates)
 * and their p-values against src/test/resources/scipy/reference.tsv, which make_reference.py
 * (run it again with /usr/bin/python3 to regenerate) wrote with SciPy: SciPy's statistics
 * (power_divergence, chi2_contingency), the same statistics in 60-digit decimals, and SciPy's
 * chi2.sf of those.
 *
 * <p>Tolerances: statistics within 1e-12 relative (1e-15 absolute near 0) of the decimal values,
 * and within 1e-9 relative or 1e-7 absolute of SciPy's, whose log(O/E) in doubles loses up to
 * about 2e-8 in tables of 10<sup>8</sup> tokens (we take log1p of the exact O - E); p-values within
 * 1e-10 relative of chi2.sf, or both below 1e-300 where the double runs out.
 */
class ScipyReferenceTest {
    @Test
    void agreesWithScipyOnEveryCommittedCase() throws IOException {
        try (InputStream in = ScipyReferenceTest.class.getResourceAsStream("/scipy/reference.tsv")) {
            agreesWith(rows(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /** Reruns the script with today's SciPy, so the committed values are not the only witness. */
    @Test
    void agreesWithScipyRunNow() {
        Optional<String> output = OutsideCheck.run(List.of("numpy", "scipy"), Path.of("src/test/resources/scipy/make_reference.py"),
                "--stdout");
        Assumptions.assumeTrue(output.isPresent(), "Debian's python3-scipy is not installed (.ci/test.sh installs it)");
        agreesWith(rows(output.get()));
    }

    private static void agreesWith(List<double[]> rows) {
        assertTrue(rows.size() >= 20, "the cases are read");
        for (double[] row : rows) {
            double a = row[0];
            double b = row[1];
            double c = row[2];
            double d = row[3];
            double[] ours = {KeynessMeasures.logLikelihood2Term(a, b, c, d), KeynessMeasures.logLikelihood4Term(a, b, c, d),
                    KeynessMeasures.chiSquared(a, b, c, d), KeynessMeasures.chiSquaredYates(a, b, c, d)};
            String table = "(" + (long) a + ", " + (long) b + ", " + (long) c + ", " + (long) d + ")";
            for (int i = 0; i < 4; i++) {
                double scipy = row[4 + i];
                double exact = row[8 + i];
                if (Double.isNaN(scipy)) {
                    assertTrue(Double.isNaN(ours[i]) && Double.isNaN(exact), "statistic " + i + " of " + table);
                    continue;
                }
                assertEquals(exact, ours[i], Math.max(1e-15, Math.abs(exact) * 1e-12), "statistic " + i + " of " + table);
                assertEquals(scipy, ours[i], Math.max(1e-7, Math.abs(scipy) * 1e-9), "SciPy's statistic " + i + " of " + table);
                double p = KeynessMeasures.pValue(ours[i]);
                double scipyP = row[12 + i];
                if (scipyP < 1e-300) {
                    assertTrue(p < 1e-300, "p " + i + " of " + table + ": " + p);
                } else {
                    assertEquals(scipyP, p, scipyP * 1e-10, "p " + i + " of " + table);
                }
            }
        }
    }

    private static List<double[]> rows(String table) {
        List<double[]> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            double[] row = new double[fields.length];
            for (int i = 0; i < fields.length; i++) {
                row[i] = Double.parseDouble(fields[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
