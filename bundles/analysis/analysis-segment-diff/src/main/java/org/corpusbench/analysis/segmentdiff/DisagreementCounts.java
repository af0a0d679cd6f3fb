package org.corpusbench.analysis.segmentdiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusbench.analysis.segmentdiff.SegmentationDiff.Disagreement;
import org.corpusbench.api.CodePointText;
import org.corpusbench.api.Token;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;

/**
 * Counts disagreement patterns over documents: a pattern is a span's text with each side's split
 * ({@code 并为}: {@code 并 为} against {@code 并为}), counted with the documents it occurs in and its
 * first few occurrences as KWIC lines. Whitespace inside a pattern shows as {@code ␣}, so a split
 * stays readable. Not thread-safe: one instance per run.
 */
public final class DisagreementCounts {
    /** The result's columns: the span's text, each side's split, occurrences, documents, example lines. */
    public static final List<Column> COLUMNS = List.of(new Column("pattern", ColumnType.STRING),
            new Column("a", ColumnType.STRING), new Column("b", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("documents", ColumnType.INTEGER), new Column("examples", ColumnType.STRING));
    /** Code points of context on each side of an example's span. */
    static final int CONTEXT = 10;

    private record Pattern(String text, String a, String b) {
    }

    private static final class Occurrences {
        long count;
        long documents;
        int lastDocument = -1;
        final List<String> examples = new ArrayList<>();
    }

    private final int examples;
    private final Map<Pattern, Occurrences> patterns = new HashMap<>();
    private int documents;

    /**
     * @param examples at most this many example lines per pattern
     * @throws IllegalArgumentException if negative
     */
    public DisagreementCounts(int examples) {
        if (examples < 0) {
            throw new IllegalArgumentException("examples must be 0 or more, not " + examples);
        }
        this.examples = examples;
    }

    /**
     * Counts one document's disagreements.
     *
     * @param document how example lines name the document
     * @param text the text both segmentations cut, for the examples' context
     * @param disagreements the disagreements {@link SegmentationDiff} found in it
     */
    public void add(String document, String text, List<Disagreement> disagreements) {
        int current = documents++;
        CodePointText index = null;
        for (Disagreement disagreement : disagreements) {
            Pattern pattern = new Pattern(visible(joined(disagreement.a(), "")), split(disagreement.a()),
                    split(disagreement.b()));
            Occurrences seen = patterns.computeIfAbsent(pattern, p -> new Occurrences());
            seen.count++;
            if (seen.lastDocument != current) {
                seen.lastDocument = current;
                seen.documents++;
            }
            if (seen.examples.size() < examples) {
                index = index == null ? new CodePointText(text) : index;
                seen.examples.add(document + ": " + kwic(index, disagreement.start(), disagreement.end()));
            }
        }
    }

    /**
     * @param minCount leave out patterns seen fewer times
     * @return one row per pattern, most frequent first, then by pattern text and the splits
     */
    public ResultTable table(long minCount) {
        List<Map.Entry<Pattern, Occurrences>> rows = patterns.entrySet().stream()
                .filter(entry -> entry.getValue().count >= minCount)
                .sorted(Comparator.<Map.Entry<Pattern, Occurrences>>comparingLong(entry -> -entry.getValue().count)
                        .thenComparing(entry -> entry.getKey().text()).thenComparing(entry -> entry.getKey().a())
                        .thenComparing(entry -> entry.getKey().b()))
                .toList();
        return new ResultTable(COLUMNS, rows.stream().map(entry -> List.of(entry.getKey().text(), entry.getKey().a(),
                entry.getKey().b(), entry.getValue().count, entry.getValue().documents,
                String.join("\n", entry.getValue().examples))));
    }

    private static String split(List<Token> tokens) {
        return tokens.stream().map(token -> visible(token.text())).collect(Collectors.joining(" "));
    }

    private static String joined(List<Token> tokens, String separator) {
        return tokens.stream().map(Token::text).collect(Collectors.joining(separator));
    }

    private static String visible(String text) {
        return text.replaceAll("\\s", "\u2423");
    }

    /**
     * @return {@code left[span]right}, with up to {@link #CONTEXT} code points on each side, line breaks
     *         and other control characters shown as spaces
     */
    private static String kwic(CodePointText text, int start, int end) {
        String left = text.substring(Math.max(0, start - CONTEXT), start);
        String right = text.substring(end, Math.min(text.length(), end + CONTEXT));
        return oneLine(left) + "[" + oneLine(text.substring(start, end)) + "]" + oneLine(right);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    }
}
