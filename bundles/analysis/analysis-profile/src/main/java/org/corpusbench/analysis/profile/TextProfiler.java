package org.corpusbench.analysis.profile;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;

/**
 * Lexical profiles per document and for the whole selection, the figures of WordSmith's
 * statistics (Scott, WordSmith Tools manual, "Statistics" and "STTR"). Variant computed here:
 * <ul>
 * <li>Words are word tokens ({@link org.corpusbench.api.TokenType#isWord()}: Chinese words,
 * numbers, Latin words); types, TTR, STTR, hapax and dis legomena and the means count words only;
 * tokens counts every token.</li>
 * <li>TTR is types / word tokens as a ratio (WordSmith shows it as a percentage).</li>
 * <li>STTR is WordSmith's standardised TTR: the TTR of each consecutive chunk of {@code chunk}
 * word tokens (1,000 by default), averaged; the last incomplete chunk is left out, so a text of
 * fewer words has none and gets NaN (WordSmith shows 0, which reads as a value). Chunks start at
 * each document's first word and never span two documents, as WordSmith computes them "as WordList
 * goes through each text file"; the selection's STTR is the mean over all chunks of its documents.</li>
 * <li>Mean word length is code points per word token; mean sentence length is word tokens per
 * sentence, punctuation not counted (WordSmith's sentence length "in words"); sentences are those
 * the store records ({@link org.corpusbench.api.SentenceBoundaries}).</li>
 * <li>The {@link #ALL} row for the selection comes first, then one row per document in corpus
 * order, as WordSmith lists "Overall" before each text.</li>
 * </ul>
 * Memory: five int arrays and a boolean array over the lexicon (34 MB for 1.6M types) and one
 * row per document.
 * Thread-safe: each run uses its own arrays.
 */
public final class TextProfiler {
    /** The document name of the selection's row. */
    public static final String ALL = "all";
    /** The result columns. */
    public static final List<Column> COLUMNS = List.of(new Column("document", ColumnType.STRING),
            new Column("tokens", ColumnType.INTEGER), new Column("word_tokens", ColumnType.INTEGER),
            new Column("types", ColumnType.INTEGER), new Column("ttr", ColumnType.DECIMAL),
            new Column("sttr", ColumnType.DECIMAL), new Column("hapax", ColumnType.INTEGER),
            new Column("dis", ColumnType.INTEGER), new Column("mean_word_length", ColumnType.DECIMAL),
            new Column("sentences", ColumnType.INTEGER), new Column("mean_sentence_length", ColumnType.DECIMAL));

    /** Which rows to compute. */
    public enum Level {
        /** One row per document. */
        DOCUMENTS,
        /** The selection's row only. */
        CORPUS,
        /** The selection's row, then one per document. */
        BOTH
    }

    /**
     * @param corpus the corpus
     * @param selection the documents to profile
     * @param level which rows
     * @param chunk word tokens per STTR chunk, at least 1
     * @param progress for cancellation and progress
     * @return the rows, the selection's first
     */
    public List<TextProfile> profile(CorpusView corpus, DocumentSelection selection, Level level, int chunk,
            Progress progress) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be at least 1, not " + chunk);
        }
        Lexicon lexicon = corpus.lexicon();
        boolean[] word = new boolean[lexicon.size()];
        for (int type = 0; type < word.length; type++) {
            word[type] = lexicon.category(type).isWord();
        }
        int[] lengths = new int[word.length];
        WordCounts all = new WordCounts(lexicon, word, lengths, chunk);
        WordCounts document = new WordCounts(lexicon, word, lengths, chunk);
        List<TextProfile> rows = new ArrayList<>();
        long[] allTokens = {0};
        long[] allSentences = {0};
        selection.forEachDocument(corpus, progress, (index, from, to) -> {
            document.startChunks();
            all.startChunks();
            for (int position = from; position < to; position++) {
                int type = corpus.typeId(position);
                if (document.isWord(type)) {
                    document.add(type);
                    if (level != Level.DOCUMENTS) {
                        all.add(type);
                    }
                }
            }
            long sentences = sentencesIn(corpus, from, to);
            allTokens[0] += to - from;
            allSentences[0] += sentences;
            if (level != Level.CORPUS) {
                rows.add(document.profile(corpus.documentId(index), to - from, sentences, corpus, from, to));
            } else {
                document.forget(corpus, from, to);
            }
        });
        if (level != Level.DOCUMENTS) {
            rows.add(0, all.profile(ALL, allTokens[0], allSentences[0], null, 0, 0));
        }
        return rows;
    }

    private static long sentencesIn(CorpusView corpus, int from, int to) {
        return from == to ? 0 : sentenceOf(corpus, to - 1) - sentenceOf(corpus, from) + 1;
    }

    private static int sentenceOf(CorpusView corpus, int position) {
        int low = 0;
        int high = corpus.sentenceCount() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (corpus.sentenceStart(middle) <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
