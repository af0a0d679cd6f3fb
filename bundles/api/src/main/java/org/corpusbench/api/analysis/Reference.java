package org.corpusbench.api.analysis;

import java.util.Objects;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;

/**
 * What an analysis compares its target with (keywords against a reference), as a
 * {@link ParameterType#REFERENCE} parameter names it. The registry resolves the text; the
 * analysis counts what it needs from the part of a corpus, or reads the list.
 */
public sealed interface Reference permits Reference.CorpusPart, Reference.RestOfCorpus, Reference.WordList {
    /** @return the parameter's text, as given, for provenance and messages */
    String expression();

    /**
     * A selection of a corpus: of another stored corpus, or of the analysed one.
     *
     * @param expression the parameter's text
     * @param corpus the corpus
     * @param selection its documents that make up the reference
     */
    record CorpusPart(String expression, CorpusView corpus, DocumentSelection selection) implements Reference {
        /** Checks that nothing is missing. */
        public CorpusPart {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(selection, "selection");
        }
    }

    /**
     * The documents of the analysed corpus that the target selection leaves out ({@code rest}),
     * known only when the analysis runs.
     *
     * @param expression the parameter's text
     */
    record RestOfCorpus(String expression) implements Reference {
        /** Checks that nothing is missing. */
        public RestOfCorpus {
            Objects.requireNonNull(expression, "expression");
        }

        /**
         * @param target the selection being analysed
         * @return the documents it leaves out
         */
        public DocumentSelection complementOf(DocumentSelection target) {
            return new DocumentSelection("not (" + target.expression() + ")", document -> !target.contains(document));
        }
    }

    /**
     * A reference frequency list ({@code list:<name>}).
     *
     * @param expression the parameter's text
     * @param list the list
     */
    record WordList(String expression, ReferenceList list) implements Reference {
        /** Checks that nothing is missing. */
        public WordList {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(list, "list");
        }
    }
}
