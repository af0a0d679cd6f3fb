package org.corpusbench.example.charfreq.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;

/**
 * Frequency of each Chinese character (Unicode script Han) in the Chinese words of the selected
 * documents, with its share per million Han characters. Code points, not UTF-16 chars, so
 * Extension B characters count once.
 */
final class CharacterFrequency {
    static final List<Column> COLUMNS = List.of(new Column("rank", ColumnType.INTEGER),
            new Column("character", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("per_million", ColumnType.DECIMAL));

    ResultTable compute(CorpusView corpus, DocumentSelection selection, Progress progress) {
        Map<Integer, Long> counts = new HashMap<>();
        long total = 0;
        for (int document = 0; document < corpus.documentCount(); document++) {
            if (!selection.contains(document)) {
                continue;
            }
            progress.checkCancelled();
            for (int position = corpus.documentStart(document); position < corpus.documentStart(document + 1); position++) {
                int type = corpus.typeId(position);
                if (corpus.lexicon().category(type) == TokenType.CHINESE_WORD) {
                    total += countHan(corpus.lexicon().type(type), counts);
                }
            }
        }
        double perMillion = total == 0 ? 0 : 1_000_000.0 / total;
        AtomicLong rank = new AtomicLong();
        return new ResultTable(COLUMNS, counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Integer, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> List.of(rank.incrementAndGet(), Character.toString(e.getKey()), e.getValue(), e.getValue() * perMillion)));
    }

    private static long countHan(String word, Map<Integer, Long> counts) {
        return word.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .peek(cp -> counts.merge(cp, 1L, Long::sum)).count();
    }
}
