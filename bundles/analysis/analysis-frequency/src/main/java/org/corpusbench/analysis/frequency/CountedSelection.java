package org.corpusbench.analysis.frequency;

import java.nio.IntBuffer;
import java.util.Arrays;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;

/**
 * A selection seen as the frequency list sees it: its counted tokens (those of the chosen
 * {@link CountedTypes}) as one sequence, the selected documents in corpus order, the unselected
 * ones cut out. Holds each type's count in that sequence, each document's size in counted tokens,
 * and what maps a corpus position to its index in the sequence. Primitive arrays only: a few ints
 * per document and per type, one bit per token.
 */
final class CountedSelection {
    final int[] counts;
    final int documents;
    /** documentStart(0..documents), copied so searching it costs no interface calls. */
    final int[] start;
    final boolean[] selected;
    /** Counted tokens per document, 0 for unselected ones. */
    final int[] size;
    /** Added to (position - skipped before it) to give a position's index in the counted sequence. */
    private final int[] shift;
    /** The document holding the first position of each block of 2^BLOCK_BITS positions. */
    private final int[] documentOfBlock;
    private static final int BLOCK_BITS = 10;
    /** The first selected document after each document, or {@link #documents}. */
    final int[] nextSelected;
    private final SkippedPositions skipped;
    /** N: the counted tokens of the selection. */
    final long tokens;
    /** Whether every token is counted (no kind of token is left out). */
    final boolean countsAll;
    /** Selected documents with at least one counted token: the parts dispersion is measured over. */
    final int parts;
    /** The smallest part's share of {@link #tokens}; 1 when there are no parts. */
    final double smallestShare;
    /** N, n and the smallest share, which the measures' arithmetic needs. */
    final CountedSequence sequence;

    private CountedSelection(CorpusView corpus, int[] counts, boolean[] selected, SkippedPositions skipped) {
        this.counts = counts;
        this.selected = selected;
        this.skipped = skipped;
        countsAll = skipped.isEmpty();
        documents = corpus.documentCount();
        start = new int[documents + 1];
        for (int document = 0; document <= documents; document++) {
            start[document] = corpus.documentStart(document);
        }
        documentOfBlock = new int[(corpus.tokenCount() >>> BLOCK_BITS) + 1];
        for (int block = 0, document = 0; block < documentOfBlock.length; block++) {
            while (document + 1 < documents && start[document + 1] <= block << BLOCK_BITS) {
                document++;
            }
            documentOfBlock[block] = document;
        }
        size = new int[documents];
        shift = new int[documents];
        nextSelected = new int[documents];
        long total = 0;
        int nonEmpty = 0;
        int smallest = Integer.MAX_VALUE;
        for (int document = 0; document < documents; document++) {
            if (selected[document]) {
                size[document] = countedBetween(start[document], start[document + 1]);
                shift[document] = (int) total - countedBetween(0, start[document]);
                total += size[document];
                if (size[document] > 0) {
                    nonEmpty++;
                    smallest = Math.min(smallest, size[document]);
                }
            }
        }
        int next = documents;
        for (int document = documents - 1; document >= 0; document--) {
            nextSelected[document] = next;
            if (selected[document]) {
                next = document;
            }
        }
        tokens = total;
        parts = nonEmpty;
        smallestShare = nonEmpty == 0 ? 1 : smallest / (double) total;
        sequence = new CountedSequence(tokens, parts, smallestShare);
    }

    /**
     * @param corpus the corpus
     * @param selection the documents to look at
     * @param countedTypes the kinds of token counted
     * @param progress for cancellation and progress while reading a selection's tokens
     * @return the counted selection; the whole corpus is read from the lexicon's frequencies and
     *         the postings of uncounted types, a part of it by one pass over its tokens
     */
    static CountedSelection of(CorpusView corpus, DocumentSelection selection, CountedTypes countedTypes,
            Progress progress) {
        Lexicon lexicon = corpus.lexicon();
        boolean[] countedType = new boolean[lexicon.size()];
        boolean skipsSome = false;
        for (int type = 0; type < countedType.length; type++) {
            countedType[type] = countedTypes.includes(lexicon.category(type));
            skipsSome |= !countedType[type];
        }
        int[] counts = new int[lexicon.size()];
        boolean[] selected = new boolean[corpus.documentCount()];
        SkippedPositions skipped = skipsSome ? SkippedPositions.forTokens(corpus.tokenCount()) : SkippedPositions.none();
        if (selection == DocumentSelection.ALL) {
            Arrays.fill(selected, true);
            for (int type = 0; type < counts.length; type++) {
                if (countedType[type]) {
                    counts[type] = (int) lexicon.frequency(type);
                } else {
                    progress.checkCancelled();
                    IntBuffer positions = corpus.positions(type);
                    for (int i = positions.position(); i < positions.limit(); i++) {
                        skipped.add(positions.get(i));
                    }
                }
            }
        } else {
            selection.forEachDocument(corpus, progress, (document, from, to) -> {
                selected[document] = true;
                for (int position = from; position < to; position++) {
                    int type = corpus.typeId(position);
                    if (countedType[type]) {
                        counts[type]++;
                    } else {
                        skipped.add(position);
                    }
                }
            });
        }
        return new CountedSelection(corpus, counts, selected, skipped.index());
    }

    private int countedBetween(int from, int to) {
        return (to - from) - (skipped.before(to) - skipped.before(from));
    }

    /**
     * @param position a token position
     * @param guess a document at or before the one holding it, such as the last one found
     * @return the document holding it: a step from the guess, or a look-up of its block and a few
     *         steps (documents shorter than a block are the only ones stepped over)
     */
    int documentOf(int position, int guess) {
        int document = guess;
        if (start[document + 1] <= position) {
            document = Math.max(document + 1, documentOfBlock[position >>> BLOCK_BITS]);
            while (start[document + 1] <= position) {
                document++;
            }
        }
        return document;
    }

    /**
     * @param position a counted token's position in a selected document
     * @param document that document
     * @return its index in the selection's counted sequence, {@code 0..tokens-1}
     */
    int sequenceIndex(int position, int document) {
        return position - skipped.before(position) + shift[document];
    }
}
