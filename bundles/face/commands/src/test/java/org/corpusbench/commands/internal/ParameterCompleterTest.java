package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.Candidate;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.ReferenceList;
import org.corpusbench.api.analysis.ReferenceLists;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.analysis.StopwordLists;
import org.junit.jupiter.api.Test;

class ParameterCompleterTest {
    private final FakeServices.Analyses analyses = new FakeServices.Analyses()
            .with("frequency", new ParameterSpec("top", ParameterType.INTEGER, "20", "rows").between(0, null),
                    new ParameterSpec("unit", ParameterType.STRING, "word", "what to count").oneOf("word", "character"),
                    new ParameterSpec("stopwords", ParameterType.STOPWORDS, "none", "words to leave out"),
                    new ParameterSpec("selection", ParameterType.DOCUMENT_SELECTION, "all", "documents"),
                    new ParameterSpec("lowercase", ParameterType.BOOLEAN, "false", "fold case"),
                    new ParameterSpec("query", ParameterType.QUERY, null, "what to find"));
    private final ParameterCompleter completer = completer();

    @Test
    void offersTheNamesNotGivenYetLeavingTheArgumentOpenForItsValue() {
        assertEquals(List.of("top= open", "unit= open", "stopwords= open", "selection= open", "lowercase= open", "query= open"),
                candidates("corpus:run", "frequency", "news", ""));
        assertEquals(List.of("unit= open", "stopwords= open", "selection= open", "lowercase= open"),
                candidates("corpus:run", "--top", "5", "frequency", "news", "top=3", "query=x", ""));
        assertEquals(List.of("stopwords= open", "selection= open"), candidates("corpus:run", "frequency", "news", "s"));
    }

    @Test
    void offersTheValuesTheParametersTypeAllows() {
        assertEquals(List.of("unit=word done", "unit=character done"), candidates("corpus:run", "frequency", "news", "unit="));
        assertEquals(List.of("unit=character done"), candidates("corpus:run", "frequency", "news", "unit=c"));
        assertEquals(List.of("lowercase=true done", "lowercase=false done"),
                candidates("corpus:run", "frequency", "news", "lowercase="));
        assertEquals(List.of("stopwords=none done", "stopwords=baidu done"),
                candidates("corpus:run", "frequency", "news", "stopwords="));
        assertEquals(List.of("top=20 done"), candidates("corpus:run", "frequency", "news", "top="), "a number offers its default");
        assertEquals(List.of(), candidates("corpus:run", "frequency", "news", "query="), "no default, nothing to offer");
        assertEquals(List.of(), candidates("corpus:run", "frequency", "news", "nosuch="));
    }

    @Test
    void offersTheSubcorporaOfTheCorpusOnTheLine() {
        assertEquals(List.of("selection=all done", "selection=@march done", "selection=@april done"),
                candidates("corpus:export", "--format", "csv", "frequency", "news", "selection="));
        assertEquals(List.of("selection=all done"), candidates("corpus:run", "frequency", "other", "selection="));
    }

    @Test
    void offersReferenceListsCorporaTheRestAndSubcorpora() {
        analyses.with("keyness", new ParameterSpec("reference", ParameterType.REFERENCE, "list:jieba", "compared with"),
                new ParameterSpec("corpus", ParameterType.CORPUS, null, "another corpus"));

        assertEquals(List.of("reference=list:jieba done", "reference=corpus:news done", "reference=corpus:other done",
                "reference=rest done", "reference=@march done", "reference=@april done"),
                candidates("corpus:run", "keyness", "news", "reference="));
        assertEquals(List.of("corpus=news done", "corpus=other done"), candidates("corpus:run", "keyness", "news", "corpus="));
    }

    @Test
    void anAnalysisDeployedAfterTheCompleterStartedCompletes() {
        assertEquals(List.of(), candidates("corpus:run", "collocates", "news", ""));

        analyses.with("collocates", new ParameterSpec("window", ParameterType.INTEGER, "5", "span").between(1, 10),
                new ParameterSpec("measure", ParameterType.STRING, "logdice", "score").oneOf("logdice", "mi"));

        assertEquals(List.of("window= open", "measure= open"), candidates("corpus:run", "collocates", "news", ""));
        assertEquals(List.of("measure=logdice done", "measure=mi done"), candidates("corpus:run", "collocates", "news", "measure="));
    }

    @Test
    void theOldStyleCompletionEndsCompleteCandidatesWithASpace() {
        List<String> found = new ArrayList<>();
        int start = completer.complete(null, FakeLine.of("corpus:run", "frequency", "news", "l"), found);

        assertEquals(List.of("lowercase="), found);
        found.clear();
        completer.complete(null, FakeLine.of("corpus:run", "frequency", "news", "lowercase=t"), found);
        assertEquals(List.of("lowercase=true "), found);
        assertEquals("corpus:run frequency news l".length() - 1, start, "replaces the argument from its first character");
    }

    private List<String> candidates(String... words) {
        List<Candidate> found = new ArrayList<>();
        completer.completeCandidates(null, FakeLine.of(words), found);
        return found.stream().map(candidate -> candidate.value() + (candidate.complete() ? " done" : " open")).toList();
    }

    private ParameterCompleter completer() {
        ParameterCompleter created = new ParameterCompleter();
        created.analyses = analyses;
        created.repository = new FakeServices.Repository().with("news", "other");
        created.subcorpora = new FakeServices.Subcorpuses().with("news", "march", "april").with("other");
        created.stopwords = new StopwordLists() {
            @Override
            public List<String> names() {
                return List.of("none", "baidu");
            }

            @Override
            public StopwordList list(String name) {
                throw new UnsupportedOperationException();
            }
        };
        created.referenceLists = new ReferenceLists() {
            @Override
            public List<String> names() {
                return List.of("jieba");
            }

            @Override
            public ReferenceList list(String name) {
                throw new UnsupportedOperationException();
            }
        };
        return created;
    }
}
