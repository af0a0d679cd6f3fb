package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.SourceReport;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorporaResourceTest {
    private TestCorpus corpus;
    private CorporaResource resource;
    private CorpusRepository repository;

    @BeforeEach
    void setUp() {
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("聊城 市 纪念 妇女节", Map.of("headline", "纪念妇女节"));
        documents.put("经济 发展", Map.of("headline", "经济", "date", "2023-03-08"));
        documents.put("𠀀 字 ABC 12", Map.of());
        corpus = TestCorpus.withMetadata("news", documents);
        repository = mock(CorpusRepository.class);
        when(repository.list()).thenReturn(List.of(corpus.info()));
        when(repository.get("news")).thenReturn(Optional.of(corpus));
        when(repository.get("missing")).thenReturn(Optional.empty());
        when(repository.require("news")).thenCallRealMethod();
        when(repository.require("missing")).thenCallRealMethod();
        resource = new CorporaResource(repository);
    }

    @Test
    void listsTheCorporaWithTheirSizes() {
        List<Wire.CorpusSummary> corpora = resource.corpora();
        assertEquals(1, corpora.size());
        Wire.CorpusSummary news = corpora.get(0);
        assertEquals("news", news.name());
        assertEquals(corpus.documentCount(), news.documents());
        assertEquals(corpus.tokenCount(), news.tokens());
        assertEquals(corpus.info().segmenter(), news.segmenter());
    }

    @Test
    void describesOneCorpusWithItsProvenance() {
        Wire.Corpus news = resource.corpus("news");
        assertEquals(corpus.info().provenance(), news.provenance());
        assertEquals(corpus.sentenceCount(), news.sentences());
        assertEquals(corpus.info().created().toString(), news.created());
    }

    @Test
    void aMissingCorpusIsNotFound() {
        assertThrows(NotFoundException.class, () -> resource.corpus("missing"));
        assertThrows(NotFoundException.class, () -> resource.documents("missing", "0", "20"));
    }

    @Test
    void pagesDocumentsWithTheirMetadataAndTokenCounts() {
        Wire.DocumentPage page = resource.documents("news", "1", "5");
        assertEquals(corpus.documentCount(), page.total());
        assertEquals(1, page.offset());
        assertEquals(corpus.documentCount() - 1, page.documents().size());
        Wire.DocumentSummary second = page.documents().get(0);
        assertEquals(1, second.index());
        assertEquals(corpus.documentId(1), second.id());
        assertEquals(corpus.metadata(1), second.metadata());
        assertEquals(corpus.documentStart(2) - corpus.documentStart(1), second.tokens());
        assertTrue(resource.documents("news", "99", "5").documents().isEmpty());
    }

    @Test
    void refusesPagingOutsideItsBoundsNamingTheParameter() {
        CorpusException zero = assertThrows(CorpusException.class, () -> resource.documents("news", "0", "0"));
        assertTrue(zero.getMessage().contains("'limit'"), zero.getMessage());
        CorpusException tooMany = assertThrows(CorpusException.class, () -> resource.documents("news", "0", "1001"));
        assertTrue(tooMany.getMessage().contains("1000"), tooMany.getMessage());
        CorpusException text = assertThrows(CorpusException.class, () -> resource.documents("news", "-1", "5"));
        assertTrue(text.getMessage().contains("'offset'"), text.getMessage());
        assertThrows(CorpusException.class, () -> resource.documents("news", "１", "5")); // full-width digit
    }

    @Test
    void givesTheLoadAndCleaningReports() {
        TestCorpus loaded = TestCorpus.builder("loaded").loadReport(new LoadReport(List.of(
                new SourceReport("人民日报/第一版.txt", SourceReport.Outcome.DAMAGED, "GB18030", 87, 3, List.of(10L, 20L), "3 bytes"),
                SourceReport.skipped("photo.jpg", "not text")))).build();
        when(repository.get("loaded")).thenReturn(Optional.of(loaded));
        when(repository.require("loaded")).thenCallRealMethod();
        Wire.LoadReport report = resource.loadReport("loaded");
        assertEquals(loaded.loadReport().summary(), report.summary());
        assertEquals(new Wire.SourceLoad("人民日报/第一版.txt", "damaged", "GB18030", 87, 3, List.of(10L, 20L), "3 bytes"),
                report.sources().get(0));
        assertEquals("skipped", report.sources().get(1).outcome());

        CleaningReport cleaning = corpus.cleaningReport();
        Wire.CleaningReport wire = resource.cleaningReport("news");
        assertEquals(cleaning.sources().size(), wire.sources().size());
        for (int i = 0; i < cleaning.sources().size(); i++) {
            assertEquals(cleaning.sources().get(i).source(), wire.sources().get(i).source());
            assertEquals(cleaning.sources().get(i).steps(), wire.sources().get(i).steps());
        }
    }

    @Test
    void deletesACorpusOrSaysItIsNotThere() {
        when(repository.remove("news")).thenReturn(true);
        resource.delete("news");
        verify(repository).remove("news");
        assertThrows(NotFoundException.class, () -> resource.delete("missing"));
    }

    @Test
    void givesOneDocumentWithCleanedAndOriginalText() {
        Wire.Document document = resource.document("news", corpus.documentId(2));
        assertEquals(2, document.index());
        assertEquals(corpus.document(2).cleanedText(), document.cleanedText());
        assertEquals(corpus.document(2).originalText(), document.originalText());
        assertTrue(document.cleanedText().startsWith("𠀀字"));
        assertThrows(NotFoundException.class, () -> resource.document("news", "no-such-document"));
    }
}
