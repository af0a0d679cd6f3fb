package org.corpusbench.query;

import java.util.Arrays;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;

/**
 * Runs an automaton outwards from each position of its anchor tokens: forwards to the possible ends and
 * backwards to the possible starts, reading neighbours with {@link CorpusView#typeId(int)} and never leaving
 * the region (sentence or document) of the anchor. Every match that crosses the anchor transition at p is a
 * start reached backwards paired with an end reached forwards, so only what the strategy needs is kept:
 * one candidate per anchor position for SHORTEST and LONGEST, the shortest end per start for STANDARD.
 * Matches never leave a document, so the anchors are taken document by document (merged on the fly from the
 * position lists) and each document's candidates are reduced before the next: memory is bounded by the
 * longest document and the hits, not by anchors times the span a repetition such as {@code []*} reaches.
 * One instance per search; not thread-safe.
 */
final class MatchFinder {

    private final Nfa nfa;
    private final CorpusView corpus;
    private final Progress progress;
    private final int maxHits;
    private long[] current;
    private long[] next;
    private MatchReducer reducer;
    private long steps;

    MatchFinder(Nfa nfa, CorpusView corpus, int maxHits, Progress progress) {
        this.nfa = nfa;
        this.corpus = corpus;
        this.progress = progress;
        this.maxHits = maxHits;
        this.current = new long[nfa.words()];
        this.next = new long[nfa.words()];
    }

    Hits find(DocumentSelection selection, boolean withinSentence, MatchStrategy strategy) {
        reducer = new MatchReducer(strategy);
        int[] cut = nfa.cut;
        Postings[] anchors = new Postings[cut.length];
        // each transition's positions rise, but not across transitions: each has its own sentence cursor
        RegionCursor[] sentences = new RegionCursor[cut.length];
        long total = 0;
        for (int t = 0; t < cut.length; t++) {
            anchors[t] = new Postings(corpus, nfa.accepts[cut[t]], progress);
            sentences[t] = new RegionCursor(corpus::sentenceStart, corpus.sentenceCount());
            total += anchors[t].total();
        }
        RegionCursor documents = new RegionCursor(corpus::documentStart, corpus.documentCount());
        HitList hits = new HitList(1024, maxHits);
        long done = 0;
        long nextReport = 0;
        while (true) {
            int first = Integer.MAX_VALUE;
            for (Postings positions : anchors) {
                if (positions.hasNext()) {
                    first = Math.min(first, positions.peek());
                }
            }
            if (first == Integer.MAX_VALUE) {
                break;
            }
            if (done >= nextReport) {
                progress.checkCancelled();
                progress.report("searching", done, total);
                nextReport = done + 0x10000;
            }
            int document = documents.moveTo(first);
            int documentStart = documents.start();
            int documentEnd = documents.end();
            boolean selected = selection.contains(document);
            reducer.beginDocument(documentStart, documentEnd);
            for (int t = 0; t < cut.length; t++) {
                Postings positions = anchors[t];
                while (positions.hasNext() && positions.peek() < documentEnd) {
                    int position = positions.next();
                    done++;
                    if (!selected) {
                        continue;
                    }
                    int from = documentStart;
                    int to = documentEnd;
                    if (withinSentence) {
                        sentences[t].moveTo(position);
                        from = Math.max(from, sentences[t].start());
                        to = Math.min(to, sentences[t].end());
                    }
                    collect(cut[t], position, from, to, strategy);
                }
            }
            reducer.endDocument(hits);
        }
        return hits.toHits();
    }

    private void collect(int transition, int position, int from, int to, MatchStrategy strategy) {
        int end = forward(transition, position + 1, to, strategy == MatchStrategy.LONGEST);
        if (end < 0) {
            return;
        }
        switch (strategy) {
            case SHORTEST -> add(backward(transition, position, from, true, -1), end);
            case LONGEST -> add(backward(transition, position, from, false, -1), end);
            case STANDARD -> backward(transition, position, from, false, end);
        }
    }

    /**
     * @return the first (or, if {@code last}, the last) position at which a match crossing the transition
     *         just before {@code position} can end, or -1
     */
    private int forward(int transition, int position, int limit, boolean last) {
        System.arraycopy(nfa.closure[nfa.to[transition]], 0, current, 0, current.length);
        int end = -1;
        if (Nfa.contains(current, nfa.accept)) {
            end = position;
            if (!last) {
                return end;
            }
        }
        for (int p = position; p < limit && Nfa.intersects(current, nfa.hasOut); p++) {
            if (!step(corpus.typeId(p), nfa.out, nfa.to, nfa.closure)) {
                break;
            }
            if (Nfa.contains(current, nfa.accept)) {
                end = p + 1;
                if (!last) {
                    break;
                }
            }
        }
        return end;
    }

    /**
     * Walks back from the token the transition reads. With {@code pairEnd >= 0} adds every start paired with
     * that end and returns -1; otherwise returns the nearest start if {@code nearest}, else the farthest, or -1.
     */
    private int backward(int transition, int position, int limit, boolean nearest, int pairEnd) {
        System.arraycopy(nfa.backClosure[nfa.from[transition]], 0, current, 0, current.length);
        int start = -1;
        if (Nfa.contains(current, nfa.start)) {
            start = position;
            if (pairEnd >= 0) {
                add(start, pairEnd);
            } else if (nearest) {
                return start;
            }
        }
        for (int p = position - 1; p >= limit && Nfa.intersects(current, nfa.hasIn); p--) {
            if (!step(corpus.typeId(p), nfa.in, nfa.from, nfa.backClosure)) {
                break;
            }
            if (Nfa.contains(current, nfa.start)) {
                start = p;
                if (pairEnd >= 0) {
                    add(start, pairEnd);
                } else if (nearest) {
                    break;
                }
            }
        }
        return pairEnd >= 0 ? -1 : start;
    }

    /** Moves the active states over one token of the given type; false when none survives. */
    private boolean step(int type, int[][] transitionsOf, int[] targetOf, long[][] closureOf) {
        Arrays.fill(next, 0L);
        boolean alive = false;
        for (int word = 0; word < current.length; word++) {
            for (long bits = current[word]; bits != 0; bits &= bits - 1) {
                int state = (word << 6) + Long.numberOfTrailingZeros(bits);
                for (int transition : transitionsOf[state]) {
                    if (nfa.accepts[transition] == null || nfa.accepts[transition].get(type)) {
                        Nfa.or(next, closureOf[targetOf[transition]]);
                        alive = true;
                    }
                }
            }
        }
        long[] swap = current;
        current = next;
        next = swap;
        if ((++steps & 0xFFFF) == 0) {
            progress.checkCancelled();
        }
        return alive;
    }

    private void add(int start, int end) {
        if (start >= 0) {
            reducer.add(start, end);
        }
    }
}
