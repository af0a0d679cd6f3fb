package org.corpusbench.segmenter.thulac.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.corpusbench.api.Token;
import org.junit.jupiter.api.Test;

class ThulacSegmenterTest {
    private final ThulacSegmenter segmenter = new ThulacSegmenter();

    @Test
    void everyCharacterOfTheSeedsIsInATokenWithContiguousCodePointOffsets() throws IOException {
        for (String page : seedPages()) {
            for (String line : page.split("\n", -1)) {
                assertCovers(line, segmenter.segment(line));
            }
        }
    }

    @Test
    void segmentsNewsTextAsThulacDoesAndKeepsWhatItDrops() {
        List<String> words = texts(segmenter.segment("本报讯（记者 赵宗锋）3月3日下午，聊城市纪念“三八”国际妇女节"));
        assertEquals(List.of("本报", "讯", "（", "记者", " ", "赵宗锋", "）", "3月", "3日", "下午", "，", "聊", "城市", "纪念", "“", "三八", "”",
                "国际", "妇女节"), words);
        String mixed = "ＡＢＣ１２３\u3000全角 \u00A0abc\t50% \uD840\uDC00乙\r\n";
        assertCovers(mixed, segmenter.segment(mixed));
        assertTrue(texts(segmenter.segment(mixed)).contains("\uD840\uDC00"), "the Extension B character stays one token");
    }

    @Test
    void wordsThatDoNotFitTheTextAreRefusedNotGuessed() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ThulacTokens.of("聊城市", List.of("聊", "城里")));
        assertTrue(refused.getMessage().contains("城里"), refused.getMessage());
    }

    @Test
    void segmentsTheSamePagesAlikeOnFourThreadsAtOnce() throws Exception {
        List<String> pages = seedPages();
        List<List<String>> alone = new ArrayList<>();
        for (String page : pages) {
            alone.add(texts(segmenter.segment(page)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> together = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String page : pages) {
                    together.add(pool.submit(() -> texts(segmenter.segment(page))));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertEquals(alone.get(i % pages.size()), together.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void assertCovers(String text, List<Token> tokens) {
        assertEquals(text, String.join("", texts(tokens)));
        int next = 0;
        for (Token token : tokens) {
            assertEquals(next, token.start(), tokens.toString());
            assertEquals(token.start() + token.text().codePointCount(0, token.text().length()), token.end());
            next = token.end();
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    private static List<String> seedPages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../../../seeds"))) {
            List<String> pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return pages;
        }
    }
}
