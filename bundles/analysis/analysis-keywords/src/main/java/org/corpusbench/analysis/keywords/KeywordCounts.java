package org.corpusbench.analysis.keywords;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ReferenceList;

/**
 * The four numbers of every word: its frequency in the target and in the reference, indexed by
 * the analysed corpus's type ids, and the two sizes; plus the reference's words that the analysed
 * corpus never holds (frequency 0 in the target), kept only when asked for. Sizes count the
 * tokens of the counted kinds, stopwords included; a list's size is its own {@link ReferenceList#tokens()}.
 */
final class KeywordCounts {
    /** Target frequency by type id; uncounted types are counted too but never read. */
    final int[] target;
    /** Reference frequency by type id of the analysed corpus. */
    final long[] reference;
    /** Whether a type is of a counted kind. */
    final boolean[] counted;
    /** c: counted tokens of the target. */
    final long targetTokens;
    /** d: counted tokens of the reference, or the list's tokens. */
    final long referenceTokens;
    /** Reference words unknown to the analysed corpus, and their frequencies (empty unless asked for). */
    final List<String> absentWords;
    final long[] absentCounts;

    private KeywordCounts(int[] target, long[] reference, boolean[] counted, long referenceTokens,
            List<String> absentWords, long[] absentCounts) {
        this.target = target;
        this.reference = reference;
        this.counted = counted;
        long tokens = 0;
        for (int type = 0; type < target.length; type++) {
            tokens += counted[type] ? target[type] : 0;
        }
        this.targetTokens = tokens;
        this.referenceTokens = referenceTokens;
        this.absentWords = absentWords;
        this.absentCounts = absentCounts;
    }

    /**
     * @param corpus the analysed corpus
     * @param selection the target documents
     * @param reference what to compare with
     * @param types the kinds of token counted
     * @param absentToo whether to keep reference words the analysed corpus does not hold
     * @param progress for progress and cancellation
     * @return the counts
     */
    static KeywordCounts of(CorpusView corpus, DocumentSelection selection, Reference reference, CountedTypes types,
            boolean absentToo, Progress progress) {
        Lexicon lexicon = corpus.lexicon();
        boolean[] counted = countedTypes(lexicon, types);
        if (reference instanceof Reference.RestOfCorpus rest) {
            return sameCorpus(corpus, selection, rest.complementOf(selection), counted, progress);
        }
        if (reference instanceof Reference.CorpusPart part && part.corpus() == corpus) {
            return sameCorpus(corpus, selection, part.selection(), counted, progress);
        }
        int[] target = new int[lexicon.size()];
        selection.forEachDocument(corpus, progress, (document, from, to) -> count(corpus, from, to, target));
        long[] referenceCounts = new long[lexicon.size()];
        Absent absent = new Absent(absentToo);
        long referenceTokens;
        if (reference instanceof Reference.CorpusPart part) {
            referenceTokens = otherCorpus(part, lexicon, types, referenceCounts, absent, progress);
        } else {
            ReferenceList list = ((Reference.WordList) reference).list();
            list.forEach((word, frequency) -> {
                int type = lexicon.id(word);
                TokenType kind = type >= 0 ? lexicon.category(type) : TokenType.classify(word);
                if (types.includes(kind)) {
                    if (type >= 0) {
                        referenceCounts[type] += frequency;
                    } else {
                        absent.add(word, frequency);
                    }
                }
            });
            referenceTokens = list.tokens();
        }
        return new KeywordCounts(target, referenceCounts, counted, referenceTokens, absent.words, absent.counts());
    }

    /**
     * Target and reference in one pass over the documents of either: a document in both (a
     * reference that overlaps the target) counts for both.
     */
    private static KeywordCounts sameCorpus(CorpusView corpus, DocumentSelection selection, DocumentSelection other,
            boolean[] counted, Progress progress) {
        int documents = corpus.documentCount();
        boolean[] inTarget = new boolean[documents];
        boolean[] inReference = new boolean[documents];
        for (int document = 0; document < documents; document++) {
            inTarget[document] = selection.contains(document);
            inReference[document] = other.contains(document);
        }
        int[] target = new int[counted.length];
        int[] reference = new int[counted.length];
        DocumentSelection either = new DocumentSelection("(" + selection.expression() + ") or (" + other.expression() + ")",
                document -> inTarget[document] || inReference[document]);
        either.forEachDocument(corpus, progress, (document, from, to) -> {
            if (inTarget[document]) {
                count(corpus, from, to, target);
            }
            if (inReference[document]) {
                count(corpus, from, to, reference);
            }
        });
        long[] referenceCounts = new long[counted.length];
        long referenceTokens = 0;
        for (int type = 0; type < counted.length; type++) {
            referenceCounts[type] = reference[type];
            referenceTokens += counted[type] ? reference[type] : 0;
        }
        return new KeywordCounts(target, referenceCounts, counted, referenceTokens, List.of(), new long[0]);
    }

    /** Every token's type is counted, of counted kind or not: cheaper than a test per token; the sizes skip the others. */
    private static void count(CorpusView corpus, int from, int to, int[] counts) {
        for (int position = from; position < to; position++) {
            counts[corpus.typeId(position)]++;
        }
    }

    /** Counts a part of another corpus by its own types and kinds, then finds each word in the analysed corpus by its text. */
    private static long otherCorpus(Reference.CorpusPart part, Lexicon lexicon, CountedTypes types, long[] referenceCounts,
            Absent absent, Progress progress) {
        CorpusView other = part.corpus();
        Lexicon otherLexicon = other.lexicon();
        int[] counts = new int[otherLexicon.size()];
        part.selection().forEachDocument(other, progress, (document, from, to) -> count(other, from, to, counts));
        long tokens = 0;
        for (int otherType = 0; otherType < counts.length; otherType++) {
            if (counts[otherType] > 0 && types.includes(otherLexicon.category(otherType))) {
                tokens += counts[otherType];
                String word = otherLexicon.type(otherType);
                int type = lexicon.id(word);
                if (type >= 0) {
                    referenceCounts[type] += counts[otherType];
                } else {
                    absent.add(word, counts[otherType]);
                }
            }
        }
        return tokens;
    }

    private static boolean[] countedTypes(Lexicon lexicon, CountedTypes types) {
        boolean[] counted = new boolean[lexicon.size()];
        for (int type = 0; type < counted.length; type++) {
            counted[type] = types.includes(lexicon.category(type));
        }
        return counted;
    }

    /** @throws CorpusException if either side holds no counted tokens, where no measure is defined */
    void requireTokens(String targetExpression, String referenceExpression) {
        if (targetTokens == 0) {
            throw new CorpusException("The selection '" + targetExpression + "' holds no counted tokens to find keywords in");
        }
        if (referenceTokens == 0) {
            throw new CorpusException("The reference '" + referenceExpression + "' holds no counted tokens to compare with");
        }
    }

    /** Reference words unknown to the analysed corpus; the words are the reference's own strings. */
    private static final class Absent {
        private final boolean kept;
        final List<String> words = new ArrayList<>();
        private long[] counts = new long[16];

        Absent(boolean kept) {
            this.kept = kept;
        }

        void add(String word, long count) {
            if (kept) {
                if (words.size() == counts.length) {
                    counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                }
                counts[words.size()] = count;
                words.add(word);
            }
        }

        long[] counts() {
            return java.util.Arrays.copyOf(counts, words.size());
        }
    }
}
