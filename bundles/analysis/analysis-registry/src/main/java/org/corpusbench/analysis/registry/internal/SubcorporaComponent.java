package org.corpusbench.analysis.registry.internal;

import java.util.List;
import org.corpusbench.analysis.selection.Selections;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.Subcorpus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link Subcorpora} service: {@link Selections} over the corpus repository. */
@Component(service = Subcorpora.class)
public final class SubcorporaComponent implements Subcorpora {
    private final Selections selections;

    /** @param repository the corpora and their saved subcorpora */
    @Activate
    public SubcorporaComponent(@Reference CorpusRepository repository) {
        this.selections = new Selections(repository);
    }

    @Override
    public DocumentSelection select(CorpusView corpus, String expression) {
        return selections.select(corpus, expression);
    }

    @Override
    public List<Subcorpus> list(String corpus) {
        return selections.list(corpus);
    }

    @Override
    public Subcorpus create(String corpus, String name, String expression) {
        return selections.create(corpus, name, expression);
    }

    @Override
    public boolean delete(String corpus, String name) {
        return selections.delete(corpus, name);
    }
}
