package org.corpusbench.api.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;

/**
 * Parameter values, typed as their {@link ParameterSpec} declares: {@code Long}, {@code Double},
 * {@code Boolean}, {@code String}, {@link CorpusView}, {@link DocumentSelection} or
 * {@link StopwordList} or {@link Reference}. Immutable.
 */
public final class Parameters {
    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param values typed values by parameter name
     * @return the parameters
     */
    public static Parameters of(Map<String, ?> values) {
        return new Parameters(Map.copyOf(values));
    }

    /** @return every value by name */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * @param name a {@link ParameterType#STRING} parameter
     * @return its value
     */
    public String string(String name) {
        return get(name, String.class);
    }

    /**
     * @param name an {@link ParameterType#INTEGER} parameter
     * @return its value
     */
    public long integer(String name) {
        return get(name, Long.class);
    }

    /**
     * @param name a {@link ParameterType#DECIMAL} parameter
     * @return its value
     */
    public double decimal(String name) {
        return get(name, Double.class);
    }

    /**
     * @param name a {@link ParameterType#BOOLEAN} parameter
     * @return its value
     */
    public boolean bool(String name) {
        return get(name, Boolean.class);
    }

    /**
     * @param name a {@link ParameterType#CORPUS} parameter
     * @return the corpus it names
     */
    public CorpusView corpus(String name) {
        return get(name, CorpusView.class);
    }

    /**
     * @param name a {@link ParameterType#DOCUMENT_SELECTION} parameter
     * @return the selection
     */
    public DocumentSelection selection(String name) {
        return get(name, DocumentSelection.class);
    }

    /**
     * @param name a {@link ParameterType#STOPWORDS} parameter
     * @return the list it names, {@link StopwordList#NONE} for none
     */
    public StopwordList stopwords(String name) {
        return get(name, StopwordList.class);
    }

    /**
     * @param name a {@link ParameterType#REFERENCE} parameter
     * @return what it names
     */
    public Reference reference(String name) {
        return get(name, Reference.class);
    }

    private <T> T get(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No value for parameter '" + name + "'");
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Parameter '" + name + "' is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }
}
