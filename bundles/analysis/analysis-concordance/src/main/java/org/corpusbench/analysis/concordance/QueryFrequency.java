package org.corpusbench.analysis.concordance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;

/**
 * CQPweb's frequency breakdown of a query (Hardie 2012, "Frequency breakdown"): its hits grouped by
 * the word forms they matched (the hit's tokens joined by a space, exact, without case folding) or
 * by the value of a metadata key of their document (documents without the key group under the
 * empty value). Each group has its count and its percentage of all hits; metadata groups also the
 * number of documents holding them. Groups are ordered by count, descending, then by value in
 * code-point order; ranks are row numbers.
 */
public final class QueryFrequency {
    /** The columns of a breakdown by form. */
    public static final List<Column> FORM_COLUMNS = List.of(new Column("rank", ColumnType.INTEGER),
            new Column("value", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("percent", ColumnType.DECIMAL));
    /** The columns of a breakdown by metadata. */
    public static final List<Column> METADATA_COLUMNS = List.of(new Column("rank", ColumnType.INTEGER),
            new Column("value", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("percent", ColumnType.DECIMAL), new Column("documents", ColumnType.INTEGER));

    private QueryFrequency() {
    }

    /**
     * @param corpus the corpus the hits come from
     * @param hits the hits, in corpus order
     * @param progress checked for cancellation
     * @return the groups by form, in {@link #FORM_COLUMNS}
     */
    public static ResultTable byForm(CorpusView corpus, Hits hits, Progress progress) {
        boolean singleTokens = IntStream.range(0, hits.size()).allMatch(hit -> hits.end(hit) - hits.start(hit) == 1);
        List<Group> groups = singleTokens ? singleTokenGroups(corpus, hits) : sequenceGroups(corpus, hits, progress);
        return new ResultTable(FORM_COLUMNS, IntStream.range(0, groups.size()).mapToObj(row -> {
            Group group = groups.get(row);
            return List.<Object>of((long) row + 1, group.value, group.count, percent(group.count, hits.size()));
        }));
    }

    /**
     * @param corpus the corpus the hits come from
     * @param hits the hits, in corpus order
     * @param key a metadata key
     * @param progress checked for cancellation
     * @return the groups by the key's value, in {@link #METADATA_COLUMNS}
     */
    public static ResultTable byMetadata(CorpusView corpus, Hits hits, String key, Progress progress) {
        Map<String, Group> byValue = new HashMap<>();
        DocumentCursor documents = new DocumentCursor(corpus);
        int lastDocument = -1;
        Group group = null;
        for (int hit = 0; hit < hits.size(); hit++) {
            int document = documents.moveTo(hits.start(hit)).document();
            if (document != lastDocument) {
                progress.checkCancelled();
                group = byValue.computeIfAbsent(corpus.metadata(document).getOrDefault(key, ""), Group::new);
                group.documents++;
                lastDocument = document;
            }
            group.count++;
        }
        List<Group> groups = new ArrayList<>(byValue.values());
        groups.sort(Group.BY_COUNT_THEN_VALUE);
        return new ResultTable(METADATA_COLUMNS, IntStream.range(0, groups.size()).mapToObj(row -> {
            Group g = groups.get(row);
            return List.<Object>of((long) row + 1, g.value, g.count, percent(g.count, hits.size()), g.documents);
        }));
    }

    private static double percent(long count, int total) {
        return count * 100.0 / total;
    }

    /** Counts by rank in a sorted int[]; ties in count stay in rank order, which is code-point order. */
    private static List<Group> singleTokenGroups(CorpusView corpus, Hits hits) {
        Lexicon lexicon = corpus.lexicon();
        int[] ranks = new int[hits.size()];
        for (int hit = 0; hit < ranks.length; hit++) {
            ranks[hit] = lexicon.rank(corpus.typeId(hits.start(hit)));
        }
        Arrays.sort(ranks);
        List<long[]> counted = new ArrayList<>();
        for (int from = 0, to; from < ranks.length; from = to) {
            to = from;
            while (to < ranks.length && ranks[to] == ranks[from]) {
                to++;
            }
            counted.add(new long[] {ranks[from], to - from});
        }
        counted.sort(Comparator.comparingLong((long[] c) -> -c[1]).thenComparingLong(c -> c[0]));
        List<Group> groups = new ArrayList<>(counted.size());
        for (long[] c : counted) {
            Group group = new Group(lexicon.type(lexicon.idOfRank((int) c[0])));
            group.count = c[1];
            groups.add(group);
        }
        return groups;
    }

    /**
     * Hits sorted by their tokens' ranks bring equal sequences together without decoding; a string
     * per distinct sequence then merges sequences that join to the same text (tokens holding spaces)
     * and orders the groups in code-point order.
     */
    private static List<Group> sequenceGroups(CorpusView corpus, Hits hits, Progress progress) {
        int[] order = HitOrder.of(corpus, hits, KwicSort.NODE, 0, progress);
        Map<String, Group> byValue = new HashMap<>();
        for (int from = 0, to; from < order.length; from = to) {
            to = from + 1;
            while (to < order.length && sameTokens(corpus, hits, order[from], order[to])) {
                to++;
            }
            byValue.computeIfAbsent(form(corpus, hits, order[from]), Group::new).count += to - from;
        }
        List<Group> groups = new ArrayList<>(byValue.values());
        groups.sort(Group.BY_COUNT_THEN_VALUE);
        return groups;
    }

    private static boolean sameTokens(CorpusView corpus, Hits hits, int a, int b) {
        int length = hits.end(a) - hits.start(a);
        if (hits.end(b) - hits.start(b) != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (corpus.typeId(hits.start(a) + i) != corpus.typeId(hits.start(b) + i)) {
                return false;
            }
        }
        return true;
    }

    private static String form(CorpusView corpus, Hits hits, int hit) {
        StringBuilder form = new StringBuilder();
        for (int position = hits.start(hit); position < hits.end(hit); position++) {
            form.append(position > hits.start(hit) ? " " : "").append(corpus.lexicon().type(corpus.typeId(position)));
        }
        return form.toString();
    }

    /** One row: a value, its hits and, for metadata, its documents. */
    private static final class Group {
        static final Comparator<Group> BY_COUNT_THEN_VALUE = Comparator.comparingLong((Group g) -> -g.count)
                .thenComparing(g -> g.value, MetadataText.CODE_POINT_ORDER);
        final String value;
        long count;
        long documents;

        Group(String value) {
            this.value = value;
        }
    }
}
