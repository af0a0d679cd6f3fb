package org.corpusbench.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.query.MatchStrategy;

/**
 * The obviously correct matcher the engine is compared with: tries every start in every selected document,
 * collects every end the pattern can reach by backtracking over the tree, reading each token's text, and
 * then applies the strategy's definition literally. Slow on purpose; shares no code with the engine.
 */
final class NaiveMatcher {

    private final CorpusView corpus;
    private final Query query;
    private final java.util.Map<Constraint.Attribute, Pattern> patterns = new java.util.HashMap<>();

    NaiveMatcher(CorpusView corpus, Query query) {
        this.corpus = corpus;
        this.query = query;
    }

    /** @return every match as {start, end}, sorted by start then end */
    List<int[]> allMatches(DocumentSelection selection) {
        List<int[]> matches = new ArrayList<>();
        for (int doc = 0; doc < corpus.documentCount(); doc++) {
            if (!selection.contains(doc)) {
                continue;
            }
            for (int start = corpus.documentStart(doc); start < corpus.documentStart(doc + 1); start++) {
                int limit = corpus.documentStart(doc + 1);
                if (query.within().equals(java.util.Optional.of("s"))) {
                    limit = sentenceEnd(start);
                }
                for (int end : ends(query.body(), start, limit)) {
                    if (end > start) {
                        matches.add(new int[] {start, end});
                    }
                }
            }
        }
        return matches;
    }

    List<int[]> hits(DocumentSelection selection, MatchStrategy strategy) {
        List<int[]> all = allMatches(selection);
        List<int[]> hits = new ArrayList<>();
        for (int[] m : all) {
            boolean keep = switch (strategy) {
                case SHORTEST -> all.stream().noneMatch(o -> o != m && contains(m, o));
                case LONGEST -> all.stream().noneMatch(o -> o != m && contains(o, m));
                case STANDARD -> shortestEnd(all, m[0]) == m[1]
                        && all.stream().noneMatch(o -> o[0] < m[0] && shortestEnd(all, o[0]) == m[1]);
            };
            if (keep) {
                hits.add(m);
            }
        }
        return hits;
    }

    private static boolean contains(int[] outer, int[] inner) {
        return outer[0] <= inner[0] && inner[1] <= outer[1];
    }

    private static int shortestEnd(List<int[]> all, int start) {
        return all.stream().filter(o -> o[0] == start).mapToInt(o -> o[1]).min().orElse(-1);
    }

    private int sentenceEnd(int position) {
        int end = position + 1;
        while (!isSentenceStart(end)) {
            end++;
        }
        return end;
    }

    private boolean isSentenceStart(int position) {
        if (position == corpus.tokenCount()) {
            return true;
        }
        int low = 0;
        int high = corpus.sentenceCount();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (corpus.sentenceStart(middle) < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return corpus.sentenceStart(low) == position;
    }

    /** Every position where a match of {@code node} starting at {@code start} can end, not beyond {@code limit}. */
    private Set<Integer> ends(Node node, int start, int limit) {
        Set<Integer> ends = new TreeSet<>();
        if (node instanceof Node.Token token) {
            if (start < limit && (token.constraint().isEmpty() || holds(token.constraint().get(), start))) {
                ends.add(start + 1);
            }
        } else if (node instanceof Node.Sequence sequence) {
            ends.add(start);
            for (Node element : sequence.elements()) {
                Set<Integer> next = new TreeSet<>();
                for (int from : ends) {
                    next.addAll(ends(element, from, limit));
                }
                ends = next;
            }
        } else if (node instanceof Node.Alternation alternation) {
            for (Node alternative : alternation.alternatives()) {
                ends.addAll(ends(alternative, start, limit));
            }
        } else {
            Node.Repeat repeat = (Node.Repeat) node;
            // more rounds than min + remaining tokens only add empty rounds, which reach nothing new
            int rounds = repeat.unbounded() ? repeat.min() + (limit - start) : repeat.max();
            Set<Integer> reached = new TreeSet<>(Set.of(start));
            if (repeat.min() == 0) {
                ends.add(start);
            }
            for (int round = 1; round <= rounds && !reached.isEmpty(); round++) {
                Set<Integer> next = new TreeSet<>();
                for (int from : reached) {
                    next.addAll(ends(repeat.body(), from, limit));
                }
                reached = next;
                if (round >= repeat.min()) {
                    ends.addAll(reached);
                }
            }
        }
        return ends;
    }

    private boolean holds(Constraint constraint, int position) {
        if (constraint instanceof Constraint.Attribute test) {
            String value = switch (test.attribute()) {
                case "word" -> corpus.lexicon().type(corpus.typeId(position));
                case "type" -> corpus.lexicon().category(corpus.typeId(position)).name().toLowerCase(Locale.ROOT);
                default -> throw new AssertionError(test.attribute());
            };
            Pattern pattern = patterns.computeIfAbsent(test, t -> {
                boolean ignoreCase = t.ignoreCase() || t.attribute().equals("type");
                return Pattern.compile(t.pattern(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            });
            return pattern.matcher(value).matches() != test.negated();
        }
        if (constraint instanceof Constraint.Not not) {
            return !holds(not.operand(), position);
        }
        if (constraint instanceof Constraint.And and) {
            return and.operands().stream().allMatch(c -> holds(c, position));
        }
        return ((Constraint.Or) constraint).operands().stream().anyMatch(c -> holds(c, position));
    }
}
