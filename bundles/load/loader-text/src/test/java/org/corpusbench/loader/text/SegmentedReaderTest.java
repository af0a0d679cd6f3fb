package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentedReaderTest {
    @TempDir
    Path folder;

    private final SegmentedReader reader = new SegmentedReader();
    private final List<LoadedSource> sources = new ArrayList<>();

    @Test
    void keepsTheTokensOfSpaceSeparatedTextAsGivenWithExactOffsets() throws IOException {
        // jieba would make one word of 聊城市 and split 高质量发展 differently: the given tokens win
        Path file = Files.writeString(folder.resolve("seg.txt"), "聊城 市  纪念 𠀀 。\n\n高质量发展 2024\n", StandardCharsets.UTF_8);

        read(file);

        LoadedSource source = sources.get(0);
        assertEquals("聊城 市 纪念 𠀀 。\n高质量发展 2024\n", source.text());
        assertEquals(List.of("聊城", "市", "纪念", "𠀀", "。", "高质量发展", "2024"), words(source));
        Token extensionB = source.tokens().stream().filter(t -> t.text().equals("𠀀")).findFirst().orElseThrow();
        assertEquals(8, extensionB.start()); // 聊城 0-2, space, 市 3, space, 纪念 5-7, space
        assertEquals(9, extensionB.end());
        assertEquals(TokenType.NUMBER, source.tokens().get(source.tokens().size() - 2).type());
        assertCovers(source);
    }

    @Test
    void readsCwbVerticalDocumentsWithTheirAttributesAndSentences() throws IOException {
        String vertical = "<text id=\"p1\" date=\"2023-03-03\" title=\"A &amp; B\">\n<s>\n聊城\tchinese_word\n&lt;b&gt;\tsymbol\n"
                + "</s>\n<s>\n日报\tchinese_word\tn\n</s>\n</text>\n<text id=\"p2\">\n<p>\n<s>\n新闻\n</s>\n</p>\n</text>\n";
        Path file = Files.writeString(folder.resolve("corpus.vrt"), vertical, StandardCharsets.UTF_8);

        read(file);

        assertEquals(List.of("p1", "p2"), sources.stream().map(s -> s.source().id()).toList());
        assertEquals("聊城 <b>\n日报\n", sources.get(0).text());
        assertEquals(List.of("聊城", "<b>", "日报"), words(sources.get(0)));
        assertEquals("A & B", sources.get(0).source().metadata().get("title"));
        assertEquals("2023-03-03", sources.get(0).source().metadata().get("date"));
        assertEquals("新闻\n", sources.get(1).text());
        sources.forEach(SegmentedReaderTest::assertCovers);
    }

    @Test
    void refusesAFileWithoutTokens() throws IOException {
        Path file = Files.writeString(folder.resolve("empty.vrt"), "<text id=\"x\">\n</text>\n", StandardCharsets.UTF_8);

        assertEquals("Cannot load 'empty.vrt': it holds no tokens",
                assertThrows(CorpusException.class, () -> read(file)).getMessage());
    }

    @Test
    void keepsWordSlashTagTokensTagsWhenEveryTokenHasOne() throws IOException {
        Path tagged = Files.writeString(folder.resolve("posseg.txt"), "聊城/ns 发展/v 1/2/m\n//x 高质量/d\n", StandardCharsets.UTF_8);
        Path untagged = Files.writeString(folder.resolve("plain.txt"), "聊城/ns 发展 1/2\n", StandardCharsets.UTF_8);

        read(tagged);
        read(untagged);

        assertEquals(List.of("聊城/ns", "发展/v", "1/2/m", "//x", "高质量/d"), taggedWords(sources.get(0)));
        assertEquals("聊城 发展 1/2\n/ 高质量\n", sources.get(0).text());
        assertEquals(List.of("聊城/ns/null", "发展/null", "1/2/null"), taggedWords(sources.get(1)));
        sources.forEach(SegmentedReaderTest::assertCovers);
    }

    @Test
    void keepsAVerticalFilesTagColumnTheSecondOrTheThirdAfterOurTypeColumn() throws IOException {
        Path cwb = Files.writeString(folder.resolve("cwb.vrt"), "<s>\n聊城\tns\n发展\tv\n&lt;\n</s>\n", StandardCharsets.UTF_8);
        Path ours = Files.writeString(folder.resolve("ours.vrt"), "<s>\n聊城\tchinese_word\tns\n。\tpunctuation\tx\n</s>\n",
                StandardCharsets.UTF_8);

        read(cwb);
        read(ours);

        assertEquals(List.of("聊城/ns", "发展/v", "</null"), taggedWords(sources.get(0)));
        assertEquals(List.of("聊城/ns", "。/x"), taggedWords(sources.get(1)));
    }

    private static List<String> taggedWords(LoadedSource source) {
        return source.tokens().stream().filter(t -> t.type() != TokenType.WHITESPACE).map(t -> t.text() + "/" + t.tag()).toList();
    }

    private void read(Path file) {
        reader.read(file, LoadOptions.DEFAULTS, sources::add, report -> { }, Progress.NONE);
    }

    private static List<String> words(LoadedSource source) {
        return source.tokens().stream().filter(t -> t.type() != TokenType.WHITESPACE).map(Token::text).toList();
    }

    private static void assertCovers(LoadedSource source) {
        int offset = 0;
        StringBuilder text = new StringBuilder();
        for (Token token : source.tokens()) {
            assertEquals(offset, token.start());
            offset = token.end();
            text.append(token.text());
        }
        assertEquals(source.text(), text.toString());
    }
}
