package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
    @TempDir
    Path folder;

    private final TableReader reader = new TableReader();
    private final List<LoadedSource> sources = new ArrayList<>();
    private final List<SourceReport> skipped = new ArrayList<>();

    @Test
    void readsAUtf16CsvFromAWindowsToolWithItsMetadataColumns() throws IOException {
        String csv = "标题,日期,正文\r\n\"妇女节\",2023-03-03,\"聊城市纪念“三八”国际妇女节，\r\n颁奖典礼举行。\"\r\n"
                + "经济,2023-03-05,\"下好区域协调发展\"\"一盘棋\"\"\"\r\n";
        Path file = write("news.csv", bom(0xFF, 0xFE), csv.getBytes(StandardCharsets.UTF_16LE));

        read(file, LoadOptions.DEFAULTS);

        assertEquals(2, sources.size());
        // OpenCSV joins the lines of a quoted field with \n; cleaning normalises line ends anyway
        assertEquals("聊城市纪念“三八”国际妇女节，\n颁奖典礼举行。", sources.get(0).text());
        assertEquals("下好区域协调发展\"一盘棋\"", sources.get(1).text());
        Map<String, String> metadata = sources.get(0).source().metadata();
        assertEquals("妇女节", metadata.get("标题"));
        assertEquals("2023-03-03", metadata.get("日期"));
        assertEquals("UTF-16LE", metadata.get("encoding"));
        assertEquals("100", metadata.get("encoding.confidence"));
        assertEquals("1", metadata.get("row"));
        assertEquals("news.csv#1", sources.get(0).source().id());
        assertEquals(List.of(), skipped);
    }

    @Test
    void readsAGbkTsvAndANamedTextColumn() throws IOException {
        Path file = write("pages.tsv", "版面\t稿件\n第一版\t市委副书记出席活动。\n第二版\t政法委书记讲话。\n".getBytes("GBK"));

        read(file, LoadOptions.DEFAULTS.withTextColumn("稿件"));

        assertEquals(List.of("市委副书记出席活动。", "政法委书记讲话。"), sources.stream().map(LoadedSource::text).toList());
        assertEquals("第二版", sources.get(1).source().metadata().get("版面"));
        assertEquals("GB18030", sources.get(1).source().metadata().get("encoding"));
    }

    @Test
    void readsJsonLinesWithNestedFieldsAsJsonMetadata() throws IOException {
        String lines = "{\"id\":7,\"text\":\"聊城日报\",\"tags\":[\"新闻\",\"聊城\"],\"meta\":{\"page\":1}}\n\n"
                + "[1,2]\n{broken\n{\"id\":8,\"text\":\"\"}\n{\"id\":9,\"content\":\"不是text字段\"}\n";
        Path file = write("docs.jsonl", lines.getBytes(StandardCharsets.UTF_8));

        read(file, LoadOptions.DEFAULTS);

        assertEquals(List.of("聊城日报", "不是text字段"), sources.stream().map(LoadedSource::text).toList());
        assertEquals("[\"新闻\",\"聊城\"]", sources.get(0).source().metadata().get("tags"));
        assertEquals("{\"page\":1}", sources.get(0).source().metadata().get("meta"));
        assertEquals("7", sources.get(0).source().metadata().get("id"));
        assertEquals(List.of("Cannot load row 3 of 'docs.jsonl': it is not a JSON object",
                "Cannot load row 4 of 'docs.jsonl': it is not valid JSON",
                "Cannot load row 5 of 'docs.jsonl': it has no text"), skipped.stream().map(SourceReport::problem).toList());
        assertEquals(List.of("docs.jsonl#row=3", "docs.jsonl#row=4", "docs.jsonl#row=5"),
                skipped.stream().map(SourceReport::location).toList());
    }

    @Test
    void skipsRowsWithTheWrongNumberOfFieldsOrTooLongATextAndRefusesATableWithoutText() throws IOException {
        Path file = write("bad.csv", "title,text\na,聊城\nb\nc,甲,乙\nd,".concat("长".repeat(400)).concat("\n")
                .getBytes(StandardCharsets.UTF_8));

        read(file, new LoadOptions(null, 1000));

        assertEquals(List.of("聊城"), sources.stream().map(LoadedSource::text).toList());
        assertEquals(List.of("it has 1 fields, the header 2", "it has 3 fields, the header 2",
                "its text exceeds the maximum document size of 1000 bytes"), skipped.stream()
                .map(r -> r.problem().substring(r.problem().indexOf("': ") + 3)).toList());

        Path noText = write("none.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        CorpusException error = assertThrows(CorpusException.class, () -> read(noText, LoadOptions.DEFAULTS));
        assertTrue(error.getMessage().contains("no text column (text, content, body, 正文, 内容 or 文本) among [a, b]"),
                error.getMessage());
    }

    private void read(Path file, LoadOptions options) {
        reader.read(file, options, sources::add, skipped::add, Progress.NONE);
    }

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return Files.write(folder.resolve(name), bytes.toByteArray());
    }

    private static byte[] bom(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
