package org.corpusbench.query.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.query.QueryEngine;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** The hit limit is set through Config Admin (PID org.corpusbench.query, max.hits). */
class CqlQueryServiceTest {

    private final TestCorpus corpus = TestCorpus.of("c", "的 a 的 b 的");

    @Test
    void maxHitsComesFromTheConfiguration() {
        CqlQueryService service = new CqlQueryService();
        assertEquals(3, search(service).size());

        service.configure(maxHits(2));

        assertEquals("The query has more than 2 hits; narrow the query or the selection",
                assertThrows(CorpusException.class, () -> search(service)).getMessage());
        service.configure(maxHits(QueryEngine.DEFAULT_MAX_HITS));
        assertEquals(3, search(service).size());
    }

    private org.corpusbench.api.query.Hits search(CqlQueryService service) {
        return service.search(corpus, DocumentSelection.ALL, "\"的\"", MatchStrategy.STANDARD, Progress.NONE);
    }

    private static CqlQueryService.Config maxHits(int value) {
        return new CqlQueryService.Config() {
            @Override
            public int max_hits() {
                return value;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return CqlQueryService.Config.class;
            }
        };
    }
}
