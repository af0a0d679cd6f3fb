package org.corpusbench.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The {@link Segmenter} services installed now, by their {@link Segmenter#NAME}: the one place where
 * the console, REST and the importer find a segmenter by name. Segmenters come and go with their
 * bundles; each call sees those installed at that moment.
 */
@ProviderType
public interface Segmenters {
    /** @return the names of the installed segmenters, sorted */
    List<String> names();

    /**
     * @param name a segmenter's name ({@code jieba})
     * @return the segmenter installed under it
     * @throws NotFoundException if none is
     */
    Segmenter find(String name);

    /**
     * @return the name of the segmenter that loads use when they name none, as configured
     * @since 1.10
     */
    String defaultName();
}
