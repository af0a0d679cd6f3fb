package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.corpusbench.api.CleanedText;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that now run before the patterns of {@link NewsText} and {@link FurnitureRemover}
 * must never reject a line the pattern alone accepts: each answer is compared with the pattern's
 * own (the patterns as they were before the pre-filters, kept here as the oracle) on every line of
 * the seeds and fixture pages, their cleaned paragraphs, those lines mutated, and random lines made of
 * the characters the patterns look for (surrogate pairs and line separators included).
 */
class PreFilterOracleTest {
    private static final Pattern BYLINE = Pattern.compile(
            "^[■□●◆▲]\\s*(?<names>[^。，,；;！!？?]{2,40})$|^(?<names2>(?:本[报報])?(?:特约|见习|特約|見習)?[记記]\\s?者\\s+[^。，,；;！!？?]{2,36})$"
                    + "|^(?<commentator>(?:本[报報]|新[华華]社)?(?:特约|特約)?(?:评论员|評論員)(?:\\s+\\p{IsHan}{2,4})?)$");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:【?本[报報](?<place>\\p{IsHan}{0,6}?)(?:(?<localMonth>\\d{1,2})月(?<localDay>\\d{1,2})日)?[讯訊电電]】?"
                    + "|(?<district>\\p{IsHan}{2,5})[讯訊](?=\\s|\\d)"
                    + "|[据據]?(?<agency>新华社|新華社|中新社|中新网|中新網)(?<agencyPlace>\\p{IsHan}{0,6}?)"
                    + "(?:(?<month>\\d{1,2})月(?<day>\\d{1,2})日)?[电電]"
                    + "|[■□●◆▲]\\s*(?<bulletCredit>(?:本[报報])?(?:特约|见习|特約|見習)?[记記]者(?:\\s+\\p{IsHan}{2,4}){1,3})(?=\\s+\\S)"
                    + "|〔(?<bracketCredit>[^〔〕／/]{1,30})[／/](?<bracketPlace>\\p{IsHan}{2,6}?)(?:综合|綜合)?[报報][导導道]〕)"
                    + "\\s*(?:[（(](?<credit>[^（）()]{1,40})[）)]|(?<inlineCredit>[记記]者[^：:。，]{2,16}?[报報][导導道][：:]))?\\s*");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<=[。！？!?”])[（(](?:(?<credit>(?:通讯员|通訊員|融媒体|融媒體|记者|記者|本报记者|本報記者|实习生|實習生)[^（）()]{1,30})"
                    + "|(?<names>\\p{IsHan}{2,4}(?:\\s\\p{IsHan}{2,4}){0,2}))[）)]$");
    private static final Pattern DATE = Pattern.compile("(?:(?<year>\\d{4})年)?(?<month>\\d{1,2})月(?<day>\\d{1,2})日");
    private static final Pattern COLUMN_LABEL = Pattern.compile(FurnitureRemover.COLUMN_LABEL);
    /** What the patterns look for, and a few characters they do not. */
    private static final String ALPHABET = "■□●◆▲本报報特约見见习記记者 员員评论評論新华華社讯訊电電据據中网網【】〔〕／/（）()。，,；;！!？?”"
            + "年月日星期一0123456789报道導摄攝《》文图圖·CN第期版今导读值班编委责任辑美校对组出AZ 王李张市区东昌府综合新闻聞要动态態"
            + "通讯員融媒体实习生\t\u2028𠀀𠀁";

    /** Pieces of bylines, datelines, credits and dates, so that random lines often come close to the patterns. */
    private static final List<String> PIECES = List.of("■", "□ ", "本报", "本報", "【", "】", "〔", "／", "新华社", "據", "中新网", "特约",
            "记者", "記者 ", "评论员", "通讯员", "讯", "訊", "电", "電", "报道", "摄", "（", "）", "(", ")", "。", "，", "”", " ", "  ",
            "12月", "3日", "2024年", "3月3日", "东昌府", "北京", "𠀀", "𠀁𠀂", "王", "李明", "张晓红", "要闻", "新闻", "·", "A8", "6",
            "\u2028", "星期三", "聊城日报", "第3版", "今日8版", "CN 37-0048", "值班编委：", "报社出版", "中華民國113年",
            "年", "日", "年人心的", "日报");

    @Test
    void theNewsTextPreFiltersAnswerAsThePatternsAlone() throws IOException {
        List<String> lines = lines();
        assertTrue(lines.size() > 100_000, "lines judged: " + lines.size());
        for (String line : lines) {
            assertEquals(bylineByPattern(line), NewsText.isByline(line), line);
            assertEquals(line.length() <= 16 && COLUMN_LABEL.matcher(line).matches(), NewsText.isColumnLabel(line), line);
            assertEquals(DATE.matcher(line).lookingAt(), NewsText.startsWithDate(line), line);
            Matcher dateline = DATELINE.matcher(line);
            Matcher filtered = NewsText.dateline(line);
            assertEquals(dateline.lookingAt() ? dateline.end() : -1, filtered == null ? -1 : filtered.end(), line);
            Matcher credit = TRAILING_CREDIT.matcher(line);
            Matcher trailing = NewsText.trailingCredit(line);
            boolean found = credit.find() && (credit.group("names") == null || Bylines.readsAsByline(credit.group("names")));
            assertEquals(found ? credit.group() : null, trailing == null ? null : trailing.group(), line);
        }
    }

    @Test
    void theFurnitureHintsRemoveWhatThePatternsAloneRemove() throws IOException {
        // the same patterns, each in a group of its own, are not the defaults: no hint is tried before them
        FurnitureRemover hinted = NewsPipeline.defaultFurniture();
        FurnitureRemover plain = new FurnitureRemover(FurnitureRemover.DEFAULTS.stream().map(p -> "(?:" + p + ")").toList(),
                FurnitureRemover.GUIDE_HEADING);
        List<String> real = List.copyOf(realLines());
        List<String> lines = lines();
        Random random = new Random(14);
        int removed = 0;
        for (int page = 0; page < 2_000; page++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                List<String> from = random.nextInt(4) == 0 ? lines : real;
                text.append(from.get(random.nextInt(from.size()))).append(random.nextInt(5) == 0 ? "\n\n" : "\n");
            }
            CleanedText expected = plain.remove(text.toString());
            CleanedText actual = hinted.remove(text.toString());
            assertEquals(expected.text(), actual.text());
            assertEquals(expected.offsets(), actual.offsets());
            assertEquals(expected.metadata(), actual.metadata());
            removed += expected.report().getOrDefault("furniture.lines", 0);
        }
        assertTrue(removed > 100, "furniture lines among the pages: " + removed);
        for (String line : lines) { // and every line alone, so that no rare line is left to chance
            assertEquals(plain.remove(line).metadata(), hinted.remove(line).metadata(), line);
        }
    }

    private static boolean bylineByPattern(String line) {
        Matcher matcher = BYLINE.matcher(line);
        if (!matcher.matches()) {
            return false;
        }
        String names = matcher.group("names") != null ? matcher.group("names")
                : matcher.group("names2") != null ? matcher.group("names2") : matcher.group("commentator");
        return Bylines.readsAsByline(names);
    }

    /** Real lines and paragraphs, each also mutated, and random lines of the patterns' characters. */
    private static List<String> lines() throws IOException {
        Set<String> real = realLines();
        List<String> lines = new ArrayList<>(real);
        // Lines that open with the character a hint looks for, as garbled pages have them (found in generated text).
        lines.addAll(List.of("年人心的2023年2月31日 星期日", "日报2024年3月3日", "年报2024年3月3日 星期一", "报社出版"));
        Random random = new Random(14);
        int[] alphabet = ALPHABET.codePoints().toArray();
        for (String line : real) {
            for (int k = 0; k < 5; k++) {
                lines.add(mutated(line, alphabet, random));
            }
        }
        for (int k = 0; k < 100_000; k++) {
            StringBuilder line = new StringBuilder();
            for (int n = 1 + random.nextInt(30); n > 0; n--) {
                line.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            lines.add(line.toString());
            line.setLength(0);
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                line.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The lines of the seeds and fixture pages, and of their cleaned text. */
    private static Set<String> realLines() throws IOException {
        Set<String> real = new HashSet<>();
        for (Path folder : List.of(NewsPipeline.seeds(), PageFixture.PAGES)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    real.addAll(List.of(text.split("\n")));
                    real.addAll(List.of(NewsPipeline.clean(text).cleaned().text().split("\n")));
                }
            }
        }
        real.remove("");
        return real;
    }

    /** The line with one code point replaced, inserted or deleted, or its start or end cut off. */
    private static String mutated(String line, int[] alphabet, Random random) {
        int[] cps = line.codePoints().toArray();
        int at = random.nextInt(cps.length);
        String letter = new String(Character.toChars(alphabet[random.nextInt(alphabet.length)]));
        String before = new String(cps, 0, at);
        String after = new String(cps, at, cps.length - at);
        return switch (random.nextInt(5)) {
            case 0 -> before + letter + after.substring(Character.charCount(cps[at]));
            case 1 -> before + letter + after;
            case 2 -> before + after.substring(Character.charCount(cps[at]));
            case 3 -> after;
            default -> before.isEmpty() ? letter : before;
        };
    }
}
