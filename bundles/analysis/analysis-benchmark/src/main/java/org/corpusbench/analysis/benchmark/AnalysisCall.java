package org.corpusbench.analysis.benchmark;

import java.util.HashMap;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.StopwordList;

/**
 * Runs an analysis component on the whole corpus as the registry would: every parameter the
 * analysis declares gets its default unless the call names a value, typed as declared.
 */
final class AnalysisCall {
    private AnalysisCall() {
    }

    static ResultTable run(Analysis analysis, CorpusView corpus, Map<String, String> values) {
        return run(analysis, corpus, DocumentSelection.ALL, values);
    }

    /** As {@link #run(Analysis, CorpusView, Map)} on a part of the corpus. */
    static ResultTable run(Analysis analysis, CorpusView corpus, DocumentSelection selection, Map<String, String> values) {
        Map<String, Object> typed = new HashMap<>();
        for (ParameterSpec spec : analysis.parameters()) {
            String text = values.getOrDefault(spec.name(), spec.defaultValue());
            if (text == null) {
                throw new IllegalArgumentException("The benchmark gives no value for the required parameter " + spec.name());
            }
            typed.put(spec.name(), typed(spec, text, corpus));
        }
        if (!typed.keySet().containsAll(values.keySet())) {
            throw new IllegalArgumentException("The analysis has no parameter among " + values.keySet());
        }
        return analysis.run(corpus, selection, Parameters.of(typed), Progress.NONE);
    }

    private static Object typed(ParameterSpec spec, String text, CorpusView corpus) {
        return switch (spec.type()) {
            case INTEGER -> Long.valueOf(text);
            case DECIMAL -> Double.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case STRING, QUERY -> text;
            case CORPUS -> corpus;
            case DOCUMENT_SELECTION -> DocumentSelection.ALL;
            case REFERENCE -> {
                if (!text.equals("rest")) {
                    throw new IllegalArgumentException("The benchmark compares with the rest of the corpus only, not " + text);
                }
                yield new Reference.RestOfCorpus(text);
            }
            case STOPWORDS -> {
                if (!text.equals(StopwordList.NONE.name())) {
                    throw new IllegalArgumentException("The benchmark runs without stopword lists, not " + text);
                }
                yield StopwordList.NONE;
            }
        };
    }
}
