package org.corpusbench.example.wordlength;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;

/**
 * The distribution of word lengths, the first thing quantitative linguistics measures of a text
 * (word length in characters, e.g. Grzybek (ed.) 2006, Contributions to the Science of Text and
 * Language: Word Length Studies). For each length in code points (so a CJK Extension B character
 * is one character): the word tokens of that length, the word types of that length, and the
 * tokens' share of all word tokens.
 *
 * <p>This class is the template for a new analysis: plain Java with no OSGi in sight, so it can
 * be tested and reused anywhere; a thin component in {@code internal} publishes it. It reads the
 * corpus only through {@link CorpusView}, keeps no state between runs (so it is thread-safe) and
 * holds one number per type, never one object per token.
 */
public final class WordLengthDistribution {
    /** The result's columns. Name them in snake_case; the type says how exporters write the cells. */
    public static final List<Column> COLUMNS = List.of(new Column("length", ColumnType.INTEGER),
            new Column("tokens", ColumnType.INTEGER), new Column("types", ColumnType.INTEGER),
            new Column("share", ColumnType.DECIMAL));

    /**
     * @param corpus the corpus
     * @param selection the documents to look at
     * @param chineseOnly count Chinese words only, not numbers and Latin words
     * @param progress to report progress and notice cancellation
     * @return one row per length that occurs, shortest first
     */
    public ResultTable compute(CorpusView corpus, DocumentSelection selection, boolean chineseOnly, Progress progress) {
        // Count each type once per token first: cheap, and decoding strings per token would not be.
        long[] typeCounts = new long[corpus.lexicon().size()];
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            for (int position = from; position < to; position++) {
                typeCounts[corpus.typeId(position)]++;
            }
        });
        // Then decode each type that occurred once, and add its count under its length.
        Lexicon lexicon = corpus.lexicon();
        List<long[]> byLength = new ArrayList<>(); // index = length; {tokens, types}
        long words = 0;
        for (int type = 0; type < typeCounts.length; type++) {
            TokenType kind = lexicon.category(type);
            boolean counted = chineseOnly ? kind == TokenType.CHINESE_WORD : kind.isWord();
            if (typeCounts[type] == 0 || !counted) {
                continue;
            }
            String word = lexicon.type(type);
            int length = word.codePointCount(0, word.length());
            while (byLength.size() <= length) {
                byLength.add(new long[2]);
            }
            byLength.get(length)[0] += typeCounts[type];
            byLength.get(length)[1]++;
            words += typeCounts[type];
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int length = 1; length < byLength.size(); length++) {
            long[] figures = byLength.get(length);
            if (figures[0] > 0) {
                // Cells are Long for INTEGER columns and Double for DECIMAL ones.
                rows.add(List.of((long) length, figures[0], figures[1], figures[0] / (double) words));
            }
        }
        // A table this small can be built first; a long one should be a lazily computed stream.
        return new ResultTable(COLUMNS, rows.stream());
    }
}
