package org.corpusbench.analysis.concordance;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corpusbench.analysis.concordance.DocumentTexts.DocumentText;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.query.Hits;

/**
 * A Key Word In Context concordance of a query's hits (CQPweb, Hardie 2012; AntConc's KWIC tool,
 * Anthony 2022): hits put in order once by {@link HitOrder}, then read a page at a time, and only
 * the page's documents are decoded. Each line holds the hit's document, its metadata, the left
 * context, the node and the right context as substrings of the cleaned text (so whatever lies
 * between tokens, such as spaces, reads as in the document), the code-point offsets of the node in
 * the cleaned text and the span of the original text its code points came from, and its token
 * position. Context never crosses the hit's
 * document. Thread-safe: every page reads its own documents.
 */
public final class Concordance {
    /** The columns of every page. */
    public static final List<Column> COLUMNS = List.of(new Column("hit", ColumnType.INTEGER),
            new Column("hits", ColumnType.INTEGER), new Column("document", ColumnType.STRING),
            new Column("metadata", ColumnType.STRING), new Column("left", ColumnType.STRING),
            new Column("node", ColumnType.STRING), new Column("right", ColumnType.STRING),
            new Column("start", ColumnType.INTEGER), new Column("end", ColumnType.INTEGER),
            new Column("original_start", ColumnType.INTEGER), new Column("original_end", ColumnType.INTEGER),
            new Column("position", ColumnType.INTEGER));

    private final CorpusView corpus;
    private final Hits hits;
    private final int[] order;
    private final int context;
    private final ContextUnit unit;

    /**
     * @param corpus the corpus the hits come from
     * @param hits the hits, in corpus order
     * @param order the hit indices in the order of the lines, as {@link HitOrder} gives them
     * @param context how much context on each side
     * @param unit what the context counts
     */
    public Concordance(CorpusView corpus, Hits hits, int[] order, int context, ContextUnit unit) {
        if (order.length != hits.size()) {
            throw new IllegalArgumentException("The order has " + order.length + " hits, the query " + hits.size());
        }
        this.corpus = corpus;
        this.hits = hits;
        this.order = order;
        this.context = context;
        this.unit = unit;
    }

    /**
     * @param corpus the corpus the hits come from
     * @param hits the hits, in corpus order
     * @param sort how to order the lines
     * @param seed the seed of a random order
     * @param context how much context on each side
     * @param unit what the context counts
     * @param progress checked for cancellation while sorting
     * @return the concordance
     */
    public static Concordance of(CorpusView corpus, Hits hits, KwicSort sort, long seed, int context, ContextUnit unit,
            Progress progress) {
        return new Concordance(corpus, hits, HitOrder.of(corpus, hits, sort, seed, progress), context, unit);
    }

    /**
     * @param pageSize lines per page, at least 1
     * @return the number of pages; 1 when there are no hits, so page 1 always exists
     */
    public int pageCount(int pageSize) {
        return Math.max(1, (order.length + pageSize - 1) / pageSize);
    }

    /**
     * @param page a page number from 1; a page past the last has no lines
     * @param pageSize lines per page, at least 1
     * @return the page's lines in {@link #COLUMNS}, computed as they are read
     */
    public Stream<List<Object>> page(long page, int pageSize) {
        long from = Math.min(order.length, (page - 1) * pageSize);
        long to = Math.min(order.length, from + pageSize);
        DocumentTexts texts = new DocumentTexts(corpus);
        return IntStream.range((int) from, (int) to).mapToObj(line -> line(line, texts));
    }

    private List<Object> line(int line, DocumentTexts texts) {
        int hit = order[line];
        int start = hits.start(hit);
        int end = hits.end(hit);
        int document = corpus.documentOf(start);
        DocumentText text = texts.get(document);
        int nodeStart = corpus.tokenStart(start);
        int nodeEnd = end > start ? corpus.tokenEnd(end - 1) : nodeStart;
        int leftStart;
        int rightEnd;
        if (unit == ContextUnit.TOKENS) {
            int leftFrom = Math.max(corpus.documentStart(document), start - context);
            int rightTo = Math.min(corpus.documentStart(document + 1), end + context);
            leftStart = leftFrom < start ? corpus.tokenStart(leftFrom) : nodeStart;
            rightEnd = rightTo > end ? corpus.tokenEnd(rightTo - 1) : nodeEnd;
        } else {
            leftStart = Math.max(0, nodeStart - context);
            rightEnd = Math.min(text.cleaned().length(), nodeEnd + context);
        }
        return List.of((long) line + 1, (long) order.length, text.id(), text.metadata(),
                text.cleaned().substring(leftStart, nodeStart), text.cleaned().substring(nodeStart, nodeEnd),
                text.cleaned().substring(nodeEnd, rightEnd), (long) nodeStart, (long) nodeEnd,
                (long) text.offsets().toOriginal(nodeStart), (long) originalEnd(text, nodeStart, nodeEnd), (long) start);
    }

    /**
     * Just after the original of the node's last code point, not the original offset of the code
     * point after the node: that would take in markup or line breaks the cleaning deleted there.
     * Exact while cleaning steps delete text and fold characters one to one, as they do here.
     */
    private static int originalEnd(DocumentText text, int nodeStart, int nodeEnd) {
        return nodeEnd > nodeStart ? text.offsets().toOriginal(nodeEnd - 1) + 1 : text.offsets().toOriginal(nodeStart);
    }
}
