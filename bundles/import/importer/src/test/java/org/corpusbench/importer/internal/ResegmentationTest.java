package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;

class ResegmentationTest {
    /** One token a character. */
    private static final Segmenter CHARS = text -> cut(text, 1);
    /** As {@link #CHARS}, except that a text with an x is cut in pairs: "a new word" that changes only those. */
    private static final Segmenter PAIRS_WITH_X = text -> cut(text, text.contains("x") ? 2 : 1);

    private static List<Token> cut(String text, int size) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            int end = Math.min(text.length(), i + size);
            tokens.add(new Token(text.substring(i, end), i, end, TokenType.SYMBOL));
        }
        return tokens;
    }

    @Test
    void documentsProvenToCutAlikeKeepTheirTokensAndTheResultIsAFullImports() {
        MemoryRepository memory = new MemoryRepository();
        importWith(memory, "before", CHARS);
        importWith(memory, "full", PAIRS_WITH_X);
        CorpusView before = memory.require("before");
        List<String> tested = new ArrayList<>();

        CorpusInfo info = new Resegmentation(PAIRS_WITH_X, text -> {
            tested.add(text);
            return !text.contains("x");
        }, 2).run(memory, before, new HashMap<>(before.info().provenance()), Progress.NONE);

        assertEquals(ImportPipelineTest.tokensOf(memory.require("full")), ImportPipelineTest.tokensOf(memory.require("before")));
        assertEquals("2 of 3 documents cut again, 1 proven to cut as before", info.provenance().get(Resegmentation.RESEGMENTATION));
        assertTrue(info.provenance().containsKey(Resegmentation.RESEGMENTED));
        assertEquals(3, tested.size(), "every document is tested");
    }

    @Test
    void cancellingLeavesTheCorpusAsItWas() {
        MemoryRepository memory = new MemoryRepository();
        importWith(memory, "before", CHARS);
        CorpusView before = memory.require("before");
        Progress cancelled = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(CancellationException.class, () -> new Resegmentation(PAIRS_WITH_X, text -> false, 2)
                .run(memory, before, new HashMap<>(before.info().provenance()), cancelled));
        assertEquals(ImportPipelineTest.tokensOf(before), ImportPipelineTest.tokensOf(memory.require("before")));
    }

    private static void importWith(MemoryRepository memory, String name, Segmenter segmenter) {
        new ImportPipeline(ImportPipelineTest.loaderOf("abxd", "abcd", "xx"), "fake", Prepared.of(Map.of(), null, Map.of()), segmenter,
                "test", 2).run(memory, name, Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);
    }
}
