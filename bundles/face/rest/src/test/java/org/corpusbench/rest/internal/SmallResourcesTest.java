package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.PipelineStage;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming, token downloads, segmentation and the cleaning pipeline: resources of one or two routes each. */
class SmallResourcesTest {
    @Test
    void renamingOntoAnExistingCorpusIsAConflictAndNothingIsRenamed() {
        CorpusRepository repository = mock(CorpusRepository.class);
        TestCorpus news = TestCorpus.of("news", "经济 发展");
        when(repository.get("news")).thenReturn(Optional.of(news));
        when(repository.get("old")).thenReturn(Optional.of(TestCorpus.of("old", "a")));
        when(repository.get("gone")).thenReturn(Optional.empty());
        when(repository.require(any())).thenCallRealMethod();
        RenameResource resource = new RenameResource(repository);
        WebApplicationException conflict = assertThrows(WebApplicationException.class, () -> resource.rename("old", "news"));
        assertEquals(409, conflict.getResponse().getStatus());
        assertTrue(((Wire.Error) conflict.getResponse().getEntity()).error().contains("'news'"));
        assertThrows(NotFoundException.class, () -> resource.rename("gone", "fresh"));
        CorpusException missing = assertThrows(CorpusException.class, () -> resource.rename("old", null));
        assertTrue(missing.getMessage().contains("?to="));
        verify(repository, never()).rename(any(), any());

        when(repository.get("fresh")).thenReturn(Optional.empty(), Optional.of(news));
        assertEquals("news", resource.rename("old", "fresh").name()); // the corpus the repository answers under the new name
        verify(repository).rename("old", "fresh");
    }

    @Test
    void tokensStreamThroughTheChosenExporterHoldingTheGateUntilWritten() throws Exception {
        CorpusRepository repository = mock(CorpusRepository.class);
        TestCorpus news = TestCorpus.of("news", "经济 发展", "很 好 。");
        when(repository.get("news")).thenReturn(Optional.of(news));
        when(repository.require(any())).thenCallRealMethod();
        WorkGate gate = new WorkGate(1, 0);
        Subcorpora subcorpora = mock(Subcorpora.class);
        when(subcorpora.select(news, "1")).thenReturn(new DocumentSelection("1", i -> i == 1));
        TokensResource resource = new TokensResource(repository, subcorpora, new HeavyWork(gate));
        resource.exporters = List.of(exporter("plain", "txt"), exporter("vertical", "vrt"));
        Response response = resource.tokens("news", "vertical", null);
        assertTrue(response.getHeaderString("Content-Disposition").contains("news-tokens.vrt"));
        assertThrows(ServiceUnavailableException.class, () -> resource.tokens("news", "plain", null), "the gate is held");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        assertEquals("vertical:5", out.toString(StandardCharsets.UTF_8));
        try (WorkGate.Permit free = gate.enter().orElseThrow(() -> new AssertionError("the gate is free once written"))) {
            CorpusException unknown = assertThrows(CorpusException.class, () -> resource.tokens("news", "xlsx", null));
            assertTrue(unknown.getMessage().contains("plain, vertical"), unknown.getMessage());
        }
        ByteArrayOutputStream selected = new ByteArrayOutputStream();
        ((StreamingOutput) resource.tokens("news", "plain", "1").getEntity()).write(selected);
        assertEquals("plain:3", selected.toString(StandardCharsets.UTF_8), "only the selected document's tokens");
    }

    private static CorpusExporter exporter(String format, String extension) {
        return new CorpusExporter() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String mediaType() {
                return "text/plain; charset=UTF-8";
            }

            @Override
            public String extension() {
                return extension;
            }

            @Override
            public void write(CorpusView corpus, OutputStream out) throws IOException {
                out.write((format + ":" + corpus.tokenCount()).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** One token per code point, in every mode, recording the mode and HMM it was asked for. */
    private static final class CharacterSegmenter implements Segmenter {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Token> segment(String text) {
            return segment(text, org.corpusbench.api.SegmentationMode.ACCURATE, true);
        }

        @Override
        public java.util.Set<org.corpusbench.api.SegmentationMode> modes() {
            return java.util.EnumSet.allOf(org.corpusbench.api.SegmentationMode.class);
        }

        @Override
        public List<Token> segment(String text, org.corpusbench.api.SegmentationMode mode, boolean hmm) {
            asked.add(mode + " " + hmm);
            int[] codePoints = text.codePoints().toArray();
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < codePoints.length; i++) {
                String token = Character.toString(codePoints[i]);
                tokens.add(new Token(token, i, i + 1, TokenType.classify(token)));
            }
            return tokens;
        }
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void segmentationStreamsTokensWithCodePointOffsetsAndRefusesBadInputBeforeAnswering(@TempDir Path spool) throws Exception {
        CharacterSegmenter characters = new CharacterSegmenter();
        Segmenters installed = new Segmenters() {
            @Override
            public List<String> names() {
                return List.of("chars");
            }

            @Override
            public Segmenter find(String name) {
                if (!name.equals("chars")) {
                    throw new NotFoundException("segmenter", name);
                }
                return characters;
            }

            @Override
            public String defaultName() {
                return "chars";
            }
        };
        // one permit and no queue: a permit not given back would make the next call a 503
        SegmentResource resource = new SegmentResource(installed, new HeavyWork(new WorkGate(1, 0)), spool, 64);
        Wire.Segmentation segmented = streamed(resource.segment("chars", "search", "false", utf8("𠀀字。")));
        assertEquals(List.of(new Wire.Token("𠀀", 0, 1, "chinese_word"), new Wire.Token("字", 1, 2, "chinese_word"),
                new Wire.Token("。", 2, 3, "punctuation")), segmented.tokens());
        // the mode is tried on nothing before answering, then used
        assertEquals(List.of("SEARCH false", "SEARCH false"), characters.asked);
        assertFalse(segmented.hmm());

        assertTrue(assertThrows(CorpusException.class, () -> resource.segment("chars", "fast", "true", utf8("a")))
                .getMessage().contains("'mode'"));
        assertTrue(assertThrows(CorpusException.class, () -> resource.segment("chars", "accurate", "no", utf8("a")))
                .getMessage().contains("'hmm'"));
        assertThrows(NotFoundException.class, () -> resource.segment("none", "accurate", "true", utf8("a")));
        assertTrue(assertThrows(CorpusException.class, () -> resource.segment("chars", "accurate", "true",
                new ByteArrayInputStream(new byte[] {(byte) 0xC3, 0x28}))).getMessage().contains("UTF-8"));
        WebApplicationException large = assertThrows(WebApplicationException.class, () -> resource.segment("chars", "accurate",
                "true", new ByteArrayInputStream(new byte[65])));
        assertEquals(413, large.getResponse().getStatus());
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.walk(spool)) {
            assertEquals(List.of(spool), left.toList(), "nothing spooled is kept");
        }
        assertEquals(1, streamed(resource.segment("chars", "accurate", "true", utf8("字"))).tokens().size(),
                "the permit came back after each refusal");

        List<Wire.Segmenter> listed = new SegmentersResource(installed).segmenters();
        assertEquals(List.of(new Wire.Segmenter("chars", true, List.of("accurate", "search"), Map.of())), listed);
        assertEquals("chars", streamed(resource.segment(null, "accurate", "true", utf8("字"))).segmenter(), "the default");
    }

    private static Wire.Segmentation streamed(javax.ws.rs.core.Response response) throws Exception {
        assertEquals(200, response.getStatus());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ((javax.ws.rs.core.StreamingOutput) response.getEntity()).write(out);
        return JsonProvider.mapper().readValue(out.toByteArray(), Wire.Segmentation.class);
    }

    @Test
    void theCleaningPipelineIsListedInOrderAndSwitched() {
        CleaningPipeline pipeline = mock(CleaningPipeline.class);
        PipelineStage rejoin = new PipelineStage("rejoin-lines", PipelineStage.Kind.STEP, 10, true, Map.of(),
                Map.of("enabled", "true"));
        PipelineStage split = new PipelineStage("split-articles", PipelineStage.Kind.SPLITTER, 100, true,
                Map.of("min.characters", "20"), Map.of("min.characters", "20"));
        when(pipeline.stages()).thenReturn(List.of(rejoin, split));
        when(pipeline.switchTo("rejoin-lines", false)).thenReturn(new PipelineStage("rejoin-lines", PipelineStage.Kind.STEP,
                10, false, Map.of(), Map.of("enabled", "false")));
        CleaningResource resource = new CleaningResource(pipeline);
        List<Wire.CleaningStage> stages = resource.stages();
        assertEquals(List.of("rejoin-lines", "split-articles"), stages.stream().map(Wire.CleaningStage::name).toList());
        assertEquals("splitter", stages.get(1).kind());
        assertEquals(Map.of("min.characters", "20"), stages.get(1).settings());
        assertFalse(resource.switchTo("rejoin-lines", "false").enabled());
        CorpusException bad = assertThrows(CorpusException.class, () -> resource.switchTo("rejoin-lines", "off"));
        assertTrue(bad.getMessage().contains("'enabled'") && bad.getMessage().contains("'off'"), bad.getMessage());
        verify(pipeline).switchTo("rejoin-lines", false);
    }
}
