package org.corpusbench.analysis.selection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.Subcorpus;

/**
 * Reads selection expressions ({@link SelectionExpression}) and keeps named subcorpora in the
 * repository, which saves them with their corpus. A saved subcorpus is its expression, read again
 * against the corpus as it is now; it may not refer to other subcorpora, so there are no cycles.
 * Holds no state of its own: thread-safe as the repository is.
 */
public final class Selections implements Subcorpora {
    private final CorpusRepository repository;

    /** @param repository the corpora and their saved subcorpora */
    public Selections(CorpusRepository repository) {
        this.repository = repository;
    }

    @Override
    public DocumentSelection select(CorpusView corpus, String expression) {
        SelectionExpression parsed = SelectionExpression.parse(expression);
        if (parsed.isAll()) {
            return DocumentSelection.ALL;
        }
        BitSet documents = parsed.evaluate(corpus, subcorpora(corpus, parsed));
        return new DocumentSelection(parsed.text(), documents::get);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A subcorpus whose expression no longer reads against the corpus (say, an index beyond a
     * corpus that was replaced by a smaller one) is listed with -1 documents and -1 tokens;
     * {@link #select} with {@code @name} says what is wrong with it.
     */
    @Override
    public List<Subcorpus> list(String corpus) {
        Map<String, String> saved = repository.subcorpora(corpus);
        CorpusView view = repository.require(corpus);
        List<Subcorpus> subcorpora = new ArrayList<>();
        saved.forEach((name, expression) -> {
            try {
                subcorpora.add(sized(name, expression, savedDocuments(view, name, expression, "@" + name), view));
            } catch (SelectionExpression.InvalidSelection e) {
                subcorpora.add(new Subcorpus(name, expression, -1, -1));
            }
        });
        return subcorpora;
    }

    @Override
    public Subcorpus create(String corpus, String name, String expression) {
        if (name == null) {
            throw new CorpusException("A subcorpus needs a name: " + SubcorpusNames.RULE);
        }
        ParameterText.requirePrintable("subcorpus name", name);
        SelectionExpression parsed = SelectionExpression.parse(expression);
        if (!parsed.subcorpusNames().isEmpty()) {
            throw SelectionExpression.invalid(parsed.text(), "a saved subcorpus may not refer to another ('@"
                    + parsed.subcorpusNames().get(0) + "'); write out that subcorpus's expression instead");
        }
        CorpusView view = repository.require(corpus);
        BitSet documents = parsed.evaluate(view, Map.of());
        repository.saveSubcorpus(corpus, name, parsed.text()); // the repository judges the name

        return sized(name, parsed.text(), documents, view);
    }

    @Override
    public boolean delete(String corpus, String name) {
        return repository.removeSubcorpus(corpus, name);
    }

    private Map<String, BitSet> subcorpora(CorpusView corpus, SelectionExpression parsed) {
        if (parsed.subcorpusNames().isEmpty()) {
            return Map.of();
        }
        Map<String, String> saved = repository.subcorpora(corpus.info().name());
        Map<String, BitSet> documents = new HashMap<>();
        for (String name : parsed.subcorpusNames()) {
            String definition = saved.get(name);
            if (definition == null) {
                throw new NotFoundException("subcorpus", name);
            }
            documents.put(name, savedDocuments(corpus, name, definition, parsed.text()));
        }
        return documents;
    }

    /** Reads a saved definition, which was checked when saved but may no longer fit the corpus. */
    private static BitSet savedDocuments(CorpusView corpus, String name, String definition, String expression) {
        String problem;
        try {
            SelectionExpression saved = SelectionExpression.parse(definition);
            if (saved.subcorpusNames().isEmpty()) {
                return saved.evaluate(corpus, Map.of());
            }
            problem = "it refers to another subcorpus";
        } catch (SelectionExpression.InvalidSelection e) {
            problem = e.problem();
        }
        throw SelectionExpression.invalid(expression, "subcorpus '" + name + "', saved as '" + definition
                + "', does not read against corpus '" + corpus.info().name() + "' as it is now: " + problem);
    }

    private static Subcorpus sized(String name, String expression, BitSet documents, CorpusView corpus) {
        long tokens = new DocumentSelection(expression, documents::get).tokenCount(corpus);
        return new Subcorpus(name, expression, documents.cardinality(), tokens);
    }
}
