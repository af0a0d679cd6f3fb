package org.corpusbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** Reads sources from a path. Implementations are thread-safe. */
@ConsumerType
public interface CorpusLoader {
    /** Service property: the loader's name, such as {@code text}. */
    String NAME = "corpus.loader.name";

    /**
     * @param path a file or folder
     * @return whether this loader can read it
     */
    boolean accepts(Path path);

    /**
     * Reads every source under {@code path} and hands each on as soon as it is decoded, so a large
     * folder is never held in memory at once. An input that cannot be read is reported through
     * {@code skipped} and the load goes on.
     *
     * @param path a file or folder this loader {@link #accepts(Path) accepts}
     * @param options the user's choices (encoding, maximum document size)
     * @param sink receives each source in a stable order
     * @param skipped receives each input that was not read, with why
     * @param progress reports inputs and bytes done; checked for cancellation between inputs
     * @throws CorpusException naming the path and the problem if it cannot be read at all
     */
    void load(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress);

    /** Declares the {@link #NAME} service property on a component: {@code @CorpusLoader.Name("...")}. */
    @ComponentPropertyType
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface Name {
        /** Prefix that turns the element name into the service property key. */
        String PREFIX_ = "corpus.loader.";

        /** @return the name */
        String value();
    }
}
