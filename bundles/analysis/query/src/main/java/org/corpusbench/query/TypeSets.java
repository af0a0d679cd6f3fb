package org.corpusbench.query;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.query.QuerySyntaxException;

/**
 * Turns each token test of a query into the set of type ids it accepts, deciding every attribute test once
 * against the lexicon (never per token). One instance per search; not thread-safe.
 */
final class TypeSets {

    private final AttributeResolver attributes;
    private final Lexicon lexicon;
    private final String query;
    private final LexiconBudget budget;
    private final Map<Node.Token, BitSet> byToken = new IdentityHashMap<>();
    private final Map<BitSet, Long> frequencies = new IdentityHashMap<>();

    /**
     * @param budget checks cancellation and bounds the time the query's regexes spend on the lexicon
     */
    TypeSets(AttributeResolver attributes, Lexicon lexicon, String query, LexiconBudget budget) {
        this.attributes = attributes;
        this.lexicon = lexicon;
        this.query = query;
        this.budget = budget;
    }

    /** @return the types the token accepts, or null for {@code []}, which accepts any token */
    BitSet of(Node.Token token) {
        if (token.constraint().isEmpty()) {
            return null;
        }
        return byToken.computeIfAbsent(token, t -> of(t.constraint().get()));
    }

    /** @return how many tokens of the whole corpus have one of the types, the cost of starting from them */
    long frequency(BitSet types) {
        return frequencies.computeIfAbsent(types, t -> {
            long sum = 0;
            for (int id = t.nextSetBit(0); id >= 0; id = t.nextSetBit(id + 1)) {
                budget.atType(id);
                sum += lexicon.frequency(id);
            }
            return sum;
        });
    }

    private BitSet of(Constraint constraint) {
        if (constraint instanceof Constraint.Attribute test) {
            BitSet types = matching(test);
            if (test.negated()) {
                types.flip(0, lexicon.size());
            }
            return types;
        }
        if (constraint instanceof Constraint.Not not) {
            BitSet types = (BitSet) of(not.operand()).clone();
            types.flip(0, lexicon.size());
            return types;
        }
        boolean and = constraint instanceof Constraint.And;
        BitSet result = null;
        for (Constraint operand : and ? ((Constraint.And) constraint).operands() : ((Constraint.Or) constraint).operands()) {
            BitSet types = of(operand);
            if (result == null) {
                result = (BitSet) types.clone();
            } else if (and) {
                result.and(types);
            } else {
                result.or(types);
            }
        }
        return result;
    }

    /** A fresh set the caller may change. */
    private BitSet matching(Constraint.Attribute test) {
        TypeAttribute attribute = attributes.find(test.attribute()).orElseThrow(() -> new QuerySyntaxException(
                "Unknown attribute '" + test.attribute() + "'; available attributes: " + String.join(", ", attributes.names()),
                query, -1));
        try {
            if (lexicon instanceof TaggedCorpus.PairLexicon pairs) {
                TaggedCorpus corpus = pairs.corpus();
                Lexicon decidedOn = attribute.testsTag() ? corpus.tagLexicon() : corpus.words();
                BitSet found = attribute.typesMatching(decidedOn, test.pattern(), attributes.compile(test), budget);
                return attribute.testsTag() ? corpus.withTags(found) : corpus.withTypes(found);
            }
            if (attribute.testsTag()) { // QueryEngine runs such a query on a TaggedCorpus; a hand-made TypeSets may not
                throw new QuerySyntaxException("'" + test.attribute() + "' needs a corpus with part-of-speech tags", query, -1);
            }
            return (BitSet) attribute.typesMatching(lexicon, test.pattern(), attributes.compile(test), budget).clone();
        } catch (PatternSyntaxException e) {
            // the parser reports this with its position; a hand-built tree reaches it only here
            throw new QuerySyntaxException("Invalid regular expression " + CqlPrinter.quote(test.pattern()) + ": "
                    + e.getDescription(), query, -1);
        }
    }
}
