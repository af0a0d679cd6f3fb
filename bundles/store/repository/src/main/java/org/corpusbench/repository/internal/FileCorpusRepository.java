package org.corpusbench.repository.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The corpus repository: memory-mapped corpora under Karaf's data folder unless configured elsewhere. */
@Component(service = CorpusRepository.class, configurationPid = "org.corpusbench.repository")
@Designate(ocd = FileCorpusRepository.Config.class)
public final class FileCorpusRepository implements CorpusRepository {
    private static final Logger LOG = LoggerFactory.getLogger(FileCorpusRepository.class);
    private final CorpusStore store;

    @ObjectClassDefinition(name = "Corpus repository", description = "Where corpora are stored.")
    @interface Config {
        @AttributeDefinition(name = "Directory",
                description = "Folder that holds the corpora; empty means ${karaf.data}/corpora.")
        String directory() default "";
    }

    /**
     * @param context to find Karaf's data folder
     * @param config the configured folder, if any
     */
    @Activate
    public FileCorpusRepository(BundleContext context, Config config) {
        this.store = new CorpusStore(directory(context, config), Clock.systemUTC(), LOG::error, LOG::info);
    }

    private static Path directory(BundleContext context, Config config) {
        if (!config.directory().isBlank()) {
            return Path.of(config.directory());
        }
        String karafData = context.getProperty("karaf.data");
        return karafData != null ? Path.of(karafData, "corpora") : context.getDataFile("corpora").toPath();
    }

    @Override
    public List<CorpusInfo> list() {
        return store.list();
    }

    @Override
    public Optional<CorpusView> get(String name) {
        return store.get(name);
    }

    @Override
    public CorpusWriter create(String name, Map<String, String> provenance, boolean replace) {
        return store.create(name, provenance, replace);
    }

    @Override
    public boolean remove(String name) {
        return store.remove(name);
    }

    @Override
    public void rename(String name, String newName) {
        store.rename(name, newName);
    }

    @Override
    public Map<String, String> subcorpora(String corpus) {
        return store.subcorpora(corpus);
    }

    @Override
    public void saveSubcorpus(String corpus, String name, String expression) {
        store.saveSubcorpus(corpus, name, expression);
    }

    @Override
    public boolean removeSubcorpus(String corpus, String name) {
        return store.removeSubcorpus(corpus, name);
    }
}
