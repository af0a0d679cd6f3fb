package org.corpusbench.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.corpusbench.api.query.QuerySyntaxException;

/**
 * A query as a Thompson automaton whose transitions each read one token: {@code {m,n}} unfolds into m
 * copies of its body and n-m optional ones, an open repetition into m copies and a loop. State sets are
 * bit sets in {@code long[]} words; the epsilon closures are computed once, forwards and backwards, so the
 * search can run the automaton in both directions from an anchor token.
 *
 * <p>{@link #cut} is a set of transitions every accepting path crosses at least once, chosen so that its
 * tokens are rare: the search starts from their positions only.
 */
final class Nfa {

    /** Keeps closures small (each state's closure is a bit set over all states). */
    static final int MAX_STATES = 4096;

    final int states;
    final int start;
    final int accept;
    final int[] from;
    final int[] to;
    /** Types each transition accepts; null accepts any token. */
    final BitSet[] accepts;
    final int[][] out;
    final int[][] in;
    final long[][] closure;
    final long[][] backClosure;
    /** States with an outgoing (incoming) transition: when none is active the run is over. */
    final long[] hasOut;
    final long[] hasIn;
    final int[] cut;

    private Nfa(Builder b, int start, int accept, int[] cut) {
        this.states = b.stateCount;
        this.start = start;
        this.accept = accept;
        this.cut = cut;
        int transitions = b.from.size();
        from = b.from.stream().mapToInt(Integer::intValue).toArray();
        to = b.to.stream().mapToInt(Integer::intValue).toArray();
        accepts = b.accepts.toArray(new BitSet[0]);
        int words = words();
        List<List<Integer>> outs = lists(states);
        List<List<Integer>> ins = lists(states);
        hasOut = new long[words];
        hasIn = new long[words];
        for (int t = 0; t < transitions; t++) {
            outs.get(from[t]).add(t);
            ins.get(to[t]).add(t);
            set(hasOut, from[t]);
            set(hasIn, to[t]);
        }
        out = toArrays(outs);
        in = toArrays(ins);
        closure = closures(b.epsilon);
        List<List<Integer>> reversed = lists(states);
        for (int s = 0; s < states; s++) {
            for (int target : b.epsilon.get(s)) {
                reversed.get(target).add(s);
            }
        }
        backClosure = closures(reversed);
    }

    /**
     * @param body  the query's pattern
     * @param types the type sets of its tokens and their frequencies
     * @param query the query text, for errors
     * @return the automaton; its cut is empty if the pattern has no anchor
     */
    static Nfa compile(Node body, TypeSets types, String query) {
        Builder builder = new Builder(types, query);
        Builder.Fragment whole = builder.build(body);
        return new Nfa(builder, whole.in(), whole.out(), whole.cut() == null ? new int[0] : whole.cut());
    }

    int words() {
        return (states + 63) >>> 6;
    }

    static boolean contains(long[] set, int state) {
        return (set[state >>> 6] & (1L << state)) != 0;
    }

    static void set(long[] set, int state) {
        set[state >>> 6] |= 1L << state;
    }

    static void or(long[] target, long[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] |= source[i];
        }
    }

    static boolean intersects(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private long[][] closures(List<List<Integer>> epsilon) {
        long[][] result = new long[states][];
        int[] stack = new int[states];
        for (int s = 0; s < states; s++) {
            long[] reached = new long[words()];
            set(reached, s);
            int top = 0;
            stack[top++] = s;
            while (top > 0) {
                for (int next : epsilon.get(stack[--top])) {
                    if (!contains(reached, next)) {
                        set(reached, next);
                        stack[top++] = next;
                    }
                }
            }
            result[s] = reached;
        }
        return result;
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>(2));
        }
        return lists;
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Collects states and transitions while walking the tree. */
    private static final class Builder {
        /**
         * A piece of automaton from {@code in} to {@code out}.
         *
         * @param cut  transitions every path through the piece crosses, or null if none is certain
         * @param cost tokens in the corpus the cut would start from
         */
        record Fragment(int in, int out, int[] cut, long cost) {
        }

        private final TypeSets types;
        private final String query;
        private int stateCount;
        private final List<List<Integer>> epsilon = new ArrayList<>();
        private final List<Integer> from = new ArrayList<>();
        private final List<Integer> to = new ArrayList<>();
        private final List<BitSet> accepts = new ArrayList<>();

        Builder(TypeSets types, String query) {
            this.types = types;
            this.query = query;
        }

        Fragment build(Node node) {
            if (node instanceof Node.Token token) {
                int in = state();
                int out = state();
                BitSet accepted = types.of(token);
                from.add(in);
                to.add(out);
                accepts.add(accepted);
                int transition = from.size() - 1;
                return accepted == null ? new Fragment(in, out, null, Long.MAX_VALUE)
                        : new Fragment(in, out, new int[] {transition}, types.frequency(accepted));
            }
            if (node instanceof Node.Sequence sequence) {
                int in = state();
                int current = in;
                Fragment rarest = null;
                for (Node element : sequence.elements()) {
                    Fragment part = build(element);
                    epsilon(current, part.in());
                    current = part.out();
                    if (part.cut() != null && (rarest == null || part.cost() < rarest.cost())) {
                        rarest = part;
                    }
                }
                return rarest == null ? new Fragment(in, current, null, Long.MAX_VALUE)
                        : new Fragment(in, current, rarest.cut(), rarest.cost());
            }
            if (node instanceof Node.Alternation alternation) {
                int in = state();
                int out = state();
                int[] cut = new int[0];
                long cost = 0;
                for (Node alternative : alternation.alternatives()) {
                    Fragment part = build(alternative);
                    epsilon(in, part.in());
                    epsilon(part.out(), out);
                    if (cut != null && part.cut() != null) {
                        cut = concat(cut, part.cut());
                        cost += part.cost();
                    } else {
                        cut = null;
                    }
                }
                return new Fragment(in, out, cut, cut == null ? Long.MAX_VALUE : cost);
            }
            return repeat((Node.Repeat) node);
        }

        private Fragment repeat(Node.Repeat repeat) {
            int in = state();
            int current = in;
            Fragment first = null;
            for (int i = 0; i < repeat.min(); i++) {
                Fragment copy = build(repeat.body());
                epsilon(current, copy.in());
                current = copy.out();
                first = first == null ? copy : first;
            }
            if (repeat.unbounded()) {
                Fragment loop = build(repeat.body());
                epsilon(current, loop.in());
                epsilon(loop.out(), current);
            } else if (repeat.max() > repeat.min()) {
                int out = state();
                for (int i = repeat.min(); i < repeat.max(); i++) {
                    Fragment copy = build(repeat.body());
                    epsilon(current, out);
                    epsilon(current, copy.in());
                    current = copy.out();
                }
                epsilon(current, out);
                current = out;
            }
            // only the first copy is crossed by every match; later ones may be skipped
            return first == null || first.cut() == null ? new Fragment(in, current, null, Long.MAX_VALUE)
                    : new Fragment(in, current, first.cut(), first.cost());
        }

        private int state() {
            if (stateCount == MAX_STATES) {
                throw new QuerySyntaxException("The query is too large to run: its repetitions unfold to more than "
                        + MAX_STATES / 2 + " token tests; give smaller bounds", query, -1);
            }
            epsilon.add(new ArrayList<>(2));
            return stateCount++;
        }

        private void epsilon(int a, int b) {
            epsilon.get(a).add(b);
        }

        private static int[] concat(int[] a, int[] b) {
            int[] both = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }
}
