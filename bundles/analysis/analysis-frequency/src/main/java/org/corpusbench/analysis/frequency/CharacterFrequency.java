package org.corpusbench.analysis.frequency;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;

/**
 * A Chinese character frequency list, as Da's Modern Chinese Character Frequency List (Jun Da,
 * 2004) counts characters: every occurrence of a code point of Unicode script Han in the
 * selection's tokens, whatever token holds it (code points, not UTF-16 units, so an Extension B
 * character counts once). Columns: rank (row number), character, count, per_million (per million
 * Han characters of the selection) and range, the number of selected documents holding the
 * character (AntConc 4's Word List range, with characters for words). Rows by count descending,
 * then code point ascending. One pass over the selected tokens; each type's string is decoded
 * once, not once per token. Thread-safe.
 */
public final class CharacterFrequency {
    /** The result's columns. */
    public static final List<Column> COLUMNS = List.of(new Column("rank", ColumnType.INTEGER),
            new Column("character", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("per_million", ColumnType.DECIMAL), new Column("range", ColumnType.INTEGER));
    private static final int CODE_POINT_BITS = 21;

    /**
     * @param corpus the corpus
     * @param selection the documents to count
     * @param progress for progress reports and cancellation
     * @return the rows
     */
    public ResultTable compute(CorpusView corpus, DocumentSelection selection, Progress progress) {
        HanOfTypes han = new HanOfTypes(corpus.lexicon());
        long[] counts = new long[han.characters()];
        int[] range = new int[han.characters()];
        int[] lastDocument = new int[han.characters()];
        Arrays.fill(lastDocument, -1);
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            for (int position = from; position < to; position++) {
                int type = corpus.typeId(position);
                for (int i = han.start[type]; i < han.start[type + 1]; i++) {
                    int character = han.characterIndex[i];
                    counts[character]++;
                    if (lastDocument[character] != document) {
                        lastDocument[character] = document;
                        range[character]++;
                    }
                }
            }
        });
        long total = Arrays.stream(counts).sum();
        // count descending, then code point: (large - count) in the high bits, the code point in the low 21
        long[] order = IntStream.range(0, counts.length).filter(c -> counts[c] > 0)
                .mapToLong(c -> (Long.MAX_VALUE >>> CODE_POINT_BITS) - counts[c] << CODE_POINT_BITS | han.codePoint[c])
                .sorted().toArray();
        return new ResultTable(COLUMNS, IntStream.range(0, order.length).mapToObj(row -> {
            int codePoint = (int) (order[row] & ((1 << CODE_POINT_BITS) - 1));
            long count = counts[han.indexOf(codePoint)];
            return List.of(row + 1L, Character.toString(codePoint), count, count * 1e6 / total,
                    (long) range[han.indexOf(codePoint)]);
        }));
    }

    /** Each type's Han characters as dense character indexes, in one flat array (start[type]..start[type+1]). */
    private static final class HanOfTypes {
        final int[] start;
        int[] characterIndex = new int[16];
        int[] codePoint = new int[16];
        private final int[] indexOfCodePoint = new int[Character.MAX_CODE_POINT + 1];
        private int characters;

        HanOfTypes(Lexicon lexicon) {
            Arrays.fill(indexOfCodePoint, -1);
            start = new int[lexicon.size() + 1];
            int used = 0;
            for (int type = 0; type < lexicon.size(); type++) {
                start[type] = used;
                String text = lexicon.type(type);
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                        if (used == characterIndex.length) {
                            characterIndex = Arrays.copyOf(characterIndex, used * 2);
                        }
                        characterIndex[used++] = index(cp);
                    }
                }
            }
            start[lexicon.size()] = used;
        }

        private int index(int cp) {
            if (indexOfCodePoint[cp] < 0) {
                if (characters == codePoint.length) {
                    codePoint = Arrays.copyOf(codePoint, characters * 2);
                }
                codePoint[characters] = cp;
                indexOfCodePoint[cp] = characters++;
            }
            return indexOfCodePoint[cp];
        }

        int indexOf(int cp) {
            return indexOfCodePoint[cp];
        }

        int characters() {
            return characters;
        }
    }
}
