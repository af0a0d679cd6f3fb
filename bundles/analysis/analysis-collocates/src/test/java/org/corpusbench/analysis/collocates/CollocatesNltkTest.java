package org.corpusbench.analysis.collocates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corpusbench.testing.OutsideCheck;
import org.junit.jupiter.api.Assumptions;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.Hits;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * The outside check: adjacent-bigram measures on the seeds corpus agree with NLTK's
 * {@code BigramAssocMeasures} (resources nltk/bigram-measures.tsv, written by nltk/make_reference.py
 * from nltk/seeds-tokens.txt). Ours are counted from the same token file, one document per non-empty
 * line as the script gives NLTK, as the collocates of every word with window 0 left, 1 right, every
 * token counted and the table's expected frequency ({@code E11 = f_x f_y / N}, which is NLTK's).
 * Counts must be equal, measures within 1e-9 (relative above 1); our one-sided log-likelihood and
 * chi-squared are compared by absolute value, and must be negative exactly where {@code O11 < E11}. NLTK's {@code student_t} adds 1e-20
 * to {@code O11} under the root and its {@code likelihood_ratio} adds 1e-20 inside each logarithm;
 * neither shows at that tolerance.
 */
class CollocatesNltkTest {
    private static final Map<String, String> NLTK_TO_OURS = Map.of("pmi", "mi", "likelihood_ratio", "log_likelihood",
            "chi_sq", "chi_squared", "student_t", "t_score", "dice", "dice");
    /** Ours, shown one-sided (negative for a repelled pair); NLTK's are two-sided. */
    private static final List<String> ONE_SIDED = List.of("log_likelihood", "chi_squared");

    @Test
    void adjacentBigramsAgreeWithNltk() throws IOException {
        agreesWith(resource("bigram-measures.tsv"));
    }

    /** Reruns the script with today's NLTK, so the committed values are not the only witness. */
    @Test
    void adjacentBigramsAgreeWithNltkRunNow() throws IOException {
        Optional<String> output = OutsideCheck.run(List.of("nltk"), Path.of("src/test/resources/nltk/make_reference.py"),
                "--stdout");
        Assumptions.assumeTrue(output.isPresent(), "Debian's python3-nltk is not installed (.ci/test.sh installs it)");
        agreesWith(output.get());
    }

    private static void agreesWith(String measures) throws IOException {
        CorpusView corpus = withStoredFrequencies(TestCorpus.of("seeds", Arrays.stream(resource("seeds-tokens.txt")
                .split("\n")).filter(line -> !line.isEmpty()).toArray(String[]::new)));
        String[] reference = measures.split("\n");
        List<String> header = List.of(reference[1].split("\t"));
        Map<String, List<Object>> ours = oursWithPairCountTwo(corpus);
        List<String> columns = Collocates.columns().stream().map(Column::name).toList();
        int compared = 0;
        for (int line = 2; line < reference.length; line++) {
            String[] cells = reference[line].split("\t");
            List<Object> row = ours.remove(cells[0] + "\t" + cells[1]);
            assertTrue(row != null, () -> "NLTK has a bigram we lack: " + String.join(" ", cells));
            String pair = cells[0] + " " + cells[1];
            assertEquals(Long.parseLong(cells[2]), row.get(columns.indexOf("observed")), pair);
            assertEquals(Long.parseLong(cells[3]), row.get(columns.indexOf("node_frequency")), pair);
            assertEquals(Long.parseLong(cells[4]), row.get(columns.indexOf("collocate_frequency")), pair);
            assertEquals(Long.parseLong(cells[5]), corpus.tokenCount(), pair);
            boolean repelled = (long) row.get(columns.indexOf("observed")) < (double) row.get(columns.indexOf("expected"));
            for (Map.Entry<String, String> measure : NLTK_TO_OURS.entrySet()) {
                double theirs = Double.parseDouble(cells[header.indexOf(measure.getKey())]);
                double mine = (double) row.get(columns.indexOf(measure.getValue()));
                if (ONE_SIDED.contains(measure.getValue())) {
                    assertEquals(repelled, mine < 0, pair + " " + measure.getKey() + " is negative exactly when repelled");
                    mine = Math.abs(mine);
                }
                assertEquals(theirs, mine, 1e-9 * Math.max(1, Math.abs(theirs)), pair + " " + measure.getKey());
                compared++;
            }
        }
        assertEquals(Map.of(), ours, "bigrams we list that NLTK lacks");
        assertTrue(compared > 10_000, "compared " + compared);
    }

    /** Every word's right neighbours seen at least twice, by "w1 TAB w2". */
    private static Map<String, List<Object>> oursWithPairCountTwo(CorpusView corpus) {
        CollocateOptions options = new CollocateOptions(0, 1, false, CountedTypes.ALL, StopwordList.NONE, 1, 2, "observed",
                ExpectedFrequency.TABLE);
        Map<String, List<Object>> rows = new TreeMap<>();
        List<List<Integer>> positions = new ArrayList<>();
        for (int type = 0; type < corpus.lexicon().size(); type++) {
            positions.add(new ArrayList<>());
        }
        for (int position = 0; position < corpus.tokenCount(); position++) {
            positions.get(corpus.typeId(position)).add(position);
        }
        for (int type = 0; type < corpus.lexicon().size(); type++) {
            int[] starts = positions.get(type).stream().mapToInt(Integer::intValue).toArray();
            int[] ends = Arrays.stream(starts).map(start -> start + 1).toArray();
            String node = corpus.lexicon().type(type);
            try (ResultTable table = Collocates.compute(corpus, DocumentSelection.ALL, new Hits(starts, ends), options,
                    Progress.NONE)) {
                table.rows().forEach(row -> rows.put(node + "\t" + row.get(1), row));
            }
        }
        return new HashMap<>(rows);
    }

    /**
     * The test corpus with its lexicon's frequencies counted once, as the store keeps them: the test
     * corpus counts a type's tokens anew on every call, which over 3,767 types and 17,120 tokens per
     * node would take hours.
     */
    private static CorpusView withStoredFrequencies(TestCorpus corpus) {
        long[] frequencies = new long[corpus.lexicon().size()];
        for (int position = 0; position < corpus.tokenCount(); position++) {
            frequencies[corpus.typeId(position)]++;
        }
        Lexicon lexicon = proxy(Lexicon.class, corpus.lexicon(), "frequency", args -> frequencies[(int) args[0]]);
        return proxy(CorpusView.class, corpus, "lexicon", args -> lexicon);
    }

    /** The delegate, except that one method answers with the given function. */
    private static <T> T proxy(Class<T> type, T delegate, String method, Function<Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, called, args) -> {
            if (called.getName().equals(method)) {
                return answer.apply(args);
            }
            try {
                return called.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CollocatesNltkTest.class.getResourceAsStream("/nltk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
