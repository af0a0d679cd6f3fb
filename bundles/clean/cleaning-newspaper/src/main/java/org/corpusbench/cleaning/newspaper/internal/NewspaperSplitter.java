package org.corpusbench.cleaning.newspaper.internal;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.Article;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.cleaning.newspaper.NewspaperStages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@code newspaper-articles} splitter: one document per article of a newspaper page;
 * {@link NewspaperStages#articles} as a service.
 */
@Component(service = DocumentSplitter.class, configurationPid = NewspaperStages.ARTICLES_PID,
        property = DocumentSplitter.NAME + "=" + NewspaperStages.ARTICLES)
@Designate(ocd = NewspaperSplitter.Config.class)
public final class NewspaperSplitter implements DocumentSplitter {
    private final DocumentSplitter splitter;

    @ObjectClassDefinition(name = "Corpus cleaning: split newspaper pages into articles",
            description = "Splits at bylines and datelines, attaches headlines by evidence, moves bylines into metadata.")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Of several splitters, the one with the highest order is used.")
        int corpus_cleaning_order() default NewspaperStages.ARTICLES_ORDER;

        @AttributeDefinition(name = "Enabled", description = "Whether imports split sources; off, a source is one document.")
        boolean corpus_cleaning_enabled() default true;
    }

    /**
     * @param config taken so that its defaults become service properties
     * @param properties the configuration
     */
    @Activate
    public NewspaperSplitter(Config config, Map<String, Object> properties) {
        this.splitter = NewspaperStages.articles(properties);
    }

    @Override
    public List<Article> split(String text, Map<String, String> metadata) {
        return splitter.split(text, metadata);
    }
}
