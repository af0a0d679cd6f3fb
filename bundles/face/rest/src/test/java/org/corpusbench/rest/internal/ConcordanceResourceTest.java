package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConcordanceResourceTest {
    /** The kwic analysis's columns, in another order than it gives them: they are read by name. */
    private static final List<Column> COLUMNS = List.of(new Column("node", ColumnType.STRING),
            new Column("hit", ColumnType.INTEGER), new Column("hits", ColumnType.INTEGER),
            new Column("document", ColumnType.STRING), new Column("metadata", ColumnType.STRING),
            new Column("left", ColumnType.STRING), new Column("right", ColumnType.STRING),
            new Column("start", ColumnType.INTEGER), new Column("end", ColumnType.INTEGER),
            new Column("original_start", ColumnType.INTEGER), new Column("original_end", ColumnType.INTEGER),
            new Column("position", ColumnType.INTEGER));

    private final AnalysisService analyses = mock(AnalysisService.class);
    private final List<Map<String, String>> runs = new ArrayList<>();
    private TestCorpus corpus;
    private ConcordanceResource resource;

    @BeforeEach
    void setUp() {
        corpus = TestCorpus.withMetadata("news", Map.of("聊城 经济 发展", Map.of("page", "1")));
        CorpusRepository repository = mock(CorpusRepository.class);
        when(repository.get("news")).thenReturn(Optional.of(corpus));
        when(repository.require("news")).thenCallRealMethod();
        when(analyses.analysis("kwic")).thenReturn(Optional.of(new AnalysisDescriptor("kwic", "KWIC", "", List.of(
                new ParameterSpec("page", ParameterType.INTEGER, "1", "page"),
                new ParameterSpec("page_size", ParameterType.INTEGER, "50", "size").between(1, 1000),
                new ParameterSpec("context", ParameterType.INTEGER, "5", "context").between(0, 100)), "b", "1")));
        when(analyses.run(eq("kwic"), eq("news"), any(), any())).thenAnswer(call -> {
            Map<String, String> parameters = call.getArgument(2);
            runs.add(parameters);
            // one hit in all, on page 1 only
            List<List<Object>> rows = parameters.get("page").equals("1") ? List.of(List.of("经济", 1L, 1L,
                    corpus.documentId(0), "page=1", "聊城", "发展", 2L, 4L, 2L, 4L, 1L)) : List.of();
            return new AnalysisResult(new Provenance("news", "kwic", parameters, "jieba", Map.of(), Instant.EPOCH),
                    new ResultTable(COLUMNS, rows.stream()));
        });
        resource = new ConcordanceResource(analyses, repository, new HeavyWork(new WorkGate(1, 0)));
    }

    @Test
    void givesTheLinesWithTheirDocumentAndTheParametersAsCorpusQueryPassesThem() {
        Wire.Concordance page = resource.concordance("news", "\"经济\"", "right1", "7", "3", "true", null, "10", "longest", "0");
        assertEquals(Map.of("query", "\"经济\"", "sort", "right1", "seed", "7", "context", "3", "context_unit", "characters",
                "page", "1", "page_size", "10", "strategy", "longest", "selection", "0"), runs.get(0));
        assertEquals(1, page.hits());
        assertEquals(1, page.pages());
        Wire.ConcordanceLine line = page.lines().get(0);
        assertEquals(new Wire.ConcordanceLine(1, 0, corpus.documentId(0), Map.of("page", "1"), "聊城", "经济", "发展", 2, 4, 2, 4, 1),
                line);
    }

    @Test
    void aPagePastTheLastStillCountsTheHits() {
        Wire.Concordance page = resource.concordance("news", "\"经济\"", null, null, null, null, "3", null, null, null);
        assertEquals(0, page.lines().size());
        assertEquals(1, page.hits());
        assertEquals(50, page.pageSize());
        assertEquals("tokens", runs.get(0).get("context_unit"));
        assertEquals("1", runs.get(1).get("page"));
    }

    @Test
    void refusesAMissingQueryAndBadNumbersNamingTheParameter() {
        CorpusException missing = assertThrows(CorpusException.class,
                () -> resource.concordance("news", " ", null, null, null, null, null, null, null, null));
        assertTrue(missing.getMessage().contains("?query="), missing.getMessage());
        CorpusException size = assertThrows(CorpusException.class,
                () -> resource.concordance("news", "a", null, null, null, null, null, "ten", null, null));
        assertTrue(size.getMessage().contains("'pageSize'"), size.getMessage());
        CorpusException large = assertThrows(CorpusException.class,
                () -> resource.concordance("news", "a", null, null, null, null, null, "1001", null, null));
        assertTrue(large.getMessage().contains("'pageSize'") && large.getMessage().contains("1000"), large.getMessage());
        CorpusException flag = assertThrows(CorpusException.class,
                () -> resource.concordance("news", "a", null, null, null, "yes", null, null, null, null));
        assertTrue(flag.getMessage().contains("'characters'"), flag.getMessage());
        assertTrue(runs.isEmpty());
    }
}
