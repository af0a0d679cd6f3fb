package org.corpusbench.stopwords;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.corpusbench.api.analysis.StopwordList;

/** The lists that ship inside this bundle, read from its resources. */
public final class BuiltInLists {
    /** The default Chinese function-word list, written for this project. */
    public static final String ZH_FUNCTION_WORDS = "zh-function-words";

    private BuiltInLists() {
    }

    /** @return the built-in lists by name */
    public static Map<String, StopwordList> load() {
        return Map.of(ZH_FUNCTION_WORDS, resource(ZH_FUNCTION_WORDS));
    }

    private static StopwordList resource(String name) {
        String file = name + ".txt";
        try (InputStream in = BuiltInLists.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks its resource " + file);
            }
            return new StopwordList(name, StopwordFile.read(in.readAllBytes(), file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundle's resource " + file, e);
        }
    }
}
