package org.corpusbench.repository.internal;

import com.huaban.analysis.jieba.JiebaSegmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * The store benchmark (not a test). {@code write DIR TOKENS} stores a generated corpus of TOKENS
 * tokens; {@code open DIR} opens it in a fresh process and measures open time, position lookups
 * and a full pass; {@code segment DIR} measures what the store benchmark leaves out, segmenting a
 * 50 MB sample of the stored text with jieba-analysis on one thread. Run all three through
 * {@code mvn -Pbenchmark} (see README).
 *
 * <p>The vocabulary is realistic, not copied text: 86% of tokens are words of jieba's dictionary
 * (349,046 words) drawn by their dictionary frequency, 10% punctuation, 2% person names from a
 * generated pool of 600,000 (surname + one or two given-name characters, drawn Zipf-like) and 2%
 * numbers from a million. Documents have 2,000 tokens; text is the tokens joined. Segmentation is
 * not part of it: the tokens are generated, as a segmenter would hand them over.
 */
public final class StoreBenchmark {
    private static final String[] PUNCTUATION = {"，", "。", "、", "“", "”", "；", "：", "（", "）", "！", "？"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣怡佳琪梦瑶雪晨阳博文轩然子涵雨欣思源一诺可馨悦语嘉怡俊杰浩然宇航志强建国建华国强海燕春梅秋菊冬梅晓东晓明立新立军";

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[1]);
        switch (args[0]) {
            case "write" -> write(root, Long.parseLong(args[2]));
            case "open" -> open(root);
            default -> segment(root);
        }
    }

    private static void write(Path root, long tokens) throws IOException {
        Vocabulary vocabulary = Vocabulary.load();
        SplittableRandom random = new SplittableRandom(2026);
        FileTree.delete(root);
        CorpusStore store = new CorpusStore(root, Clock.systemUTC(), System.err::println);
        long storing = 0;
        long textBytes = 0;
        long started = System.nanoTime();
        try (CorpusWriter writer = store.create("bench", Map.of("benchmark", "StoreBenchmark"), false)) {
            for (int d = 0; (long) d * 2000 < tokens; d++) {
                List<Token> document = new ArrayList<>(2000);
                StringBuilder text = new StringBuilder(6000);
                int offset = 0;
                for (int t = 0; t < 2000 && (long) d * 2000 + t < tokens; t++) {
                    String word = vocabulary.draw(random);
                    int length = word.codePointCount(0, word.length());
                    document.add(new Token(word, offset, offset + length, category(word)));
                    offset += length;
                    text.append(word);
                }
                String content = text.toString();
                textBytes += content.getBytes(StandardCharsets.UTF_8).length;
                long before = System.nanoTime();
                writer.addSource(new Source("s" + d, "generated", Map.of()));
                writer.addDocument(new Document("d" + d, "s" + d, Map.of("n", Integer.toString(d)), content, content), document);
                storing += System.nanoTime() - before;
                if (d % 10_000 == 0) {
                    System.out.printf("  %,d tokens generated%n", (long) d * 2000);
                }
            }
            long before = System.nanoTime();
            writer.commit();
            storing += System.nanoTime() - before;
        }
        CorpusView view = store.require("bench");
        System.out.printf("STORE tokens=%,d types=%,d documents=%,d text=%.2f GB on-disk=%.2f GB%n", view.tokenCount(),
                view.lexicon().size(), view.documentCount(), textBytes / 1e9, view.storedBytes() / 1e9);
        System.out.printf("STORE time storing=%.1f s (writer calls and commit), total with generation=%.1f s%n",
                storing / 1e9, (System.nanoTime() - started) / 1e9);
        System.out.printf("STORE peak RSS=%s, max heap=%d MB%n", peakRss(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void open(Path root) {
        long started = System.nanoTime();
        CorpusView view = new CorpusStore(root, Clock.systemUTC(), System.err::println).require("bench");
        long opened = System.nanoTime() - started;
        System.out.printf("OPEN %,d tokens, %,d types in %.1f ms%n", view.tokenCount(), view.lexicon().size(), opened / 1e6);

        SplittableRandom random = new SplittableRandom(7);
        int lookups = 10_000;
        long[] nanos = new long[lookups];
        long found = 0;
        for (int i = 0; i < lookups; i++) {
            String word = view.lexicon().type(random.nextInt(view.lexicon().size()));
            long before = System.nanoTime();
            IntBuffer positions = view.positions(view.lexicon().id(word));
            found += positions.get(positions.remaining() - 1);
            nanos[i] = System.nanoTime() - before;
        }
        Arrays.sort(nanos);
        System.out.printf("POSITIONS of a word (lexicon lookup + position list), %,d random types: median %.1f us, "
                + "p99 %.1f us, max %.1f us (checksum %d)%n", lookups, nanos[lookups / 2] / 1e3, nanos[lookups * 99 / 100] / 1e3,
                nanos[lookups - 1] / 1e3, found % 10);
        for (String word : new String[] {"的", "聊城", "发展"}) {
            long before = System.nanoTime();
            int count = view.positions(view.lexicon().id(word)).remaining();
            System.out.printf("POSITIONS of %s: %,d positions in %.1f us%n", word, count, (System.nanoTime() - before) / 1e3);
        }
        for (int pass = 1; pass <= 2; pass++) {
            long before = System.nanoTime();
            long sum = 0;
            for (int position = 0; position < view.tokenCount(); position++) {
                sum += view.typeId(position);
            }
            double seconds = (System.nanoTime() - before) / 1e9;
            System.out.printf("PASS %d over the token stream: %.2f s, %.0f M tokens/s (checksum %d)%n", pass, seconds,
                    view.tokenCount() / seconds / 1e6, sum % 10);
        }
        System.out.printf("OPEN peak RSS=%s%n", peakRss());
    }

    private static void segment(Path root) {
        CorpusView view = new CorpusStore(root, Clock.systemUTC(), System.err::println).require("bench");
        JiebaSegmenter segmenter = new JiebaSegmenter();
        long bytes = 0;
        long tokens = 0;
        long nanos = 0;
        for (int d = 0; d < view.documentCount() && bytes < 50_000_000; d++) {
            String text = view.document(d).cleanedText();
            long before = System.nanoTime();
            tokens += segmenter.process(text, JiebaSegmenter.SegMode.SEARCH).size();
            nanos += System.nanoTime() - before;
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        double megabytesPerSecond = bytes / 1e6 / (nanos / 1e9);
        System.out.printf("SEGMENT jieba-analysis (SEARCH mode), one thread: %.1f MB of the generated text in %.1f s, "
                + "%.2f MB/s, %,d tokens; segmenting the whole %.2f GB would take about %.0f s on one core%n", bytes / 1e6,
                nanos / 1e9, megabytesPerSecond, tokens, totalTextBytes(view) / 1e9, totalTextBytes(view) / 1e6 / megabytesPerSecond);
    }

    /** Estimated from the sizes of a sample of documents, all of which have 2,000 tokens. */
    private static long totalTextBytes(CorpusView view) {
        long sample = 0;
        int documents = Math.min(1000, view.documentCount());
        for (int d = 0; d < documents; d++) {
            sample += view.document(d).cleanedText().getBytes(StandardCharsets.UTF_8).length;
        }
        return sample * view.documentCount() / documents;
    }

    private static TokenType category(String word) {
        int first = word.codePointAt(0);
        if (Character.isDigit(first)) {
            return TokenType.NUMBER;
        }
        return Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN ? TokenType.CHINESE_WORD : TokenType.PUNCTUATION;
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Words by dictionary frequency, names and numbers, as described on the class. */
    private static final class Vocabulary {
        private final String[] words;
        private final long[] cumulative;
        private final String[] names;

        private Vocabulary(String[] words, long[] cumulative, String[] names) {
            this.words = words;
            this.cumulative = cumulative;
            this.names = names;
        }

        static Vocabulary load() throws IOException {
            List<String> words = new ArrayList<>();
            List<Long> frequencies = new ArrayList<>();
            try (InputStream in = StoreBenchmark.class.getResourceAsStream("/dict.txt");
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] fields = line.split(" ");
                    words.add(fields[0]);
                    frequencies.add(Long.parseLong(fields[1]));
                }
            }
            long[] cumulative = new long[words.size()];
            long sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += frequencies.get(i);
                cumulative[i] = sum;
            }
            String[] names = new String[600_000];
            SplittableRandom random = new SplittableRandom(11);
            for (int i = 0; i < names.length; i++) {
                StringBuilder name = new StringBuilder().appendCodePoint(SURNAMES.codePointAt(i % SURNAMES.length()));
                name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
                if (random.nextInt(3) > 0) {
                    name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
                }
                names[i] = name.toString();
            }
            System.out.printf("Vocabulary: %,d dictionary words, %,d generated names, 1,000,000 numbers%n", words.size(),
                    names.length);
            return new Vocabulary(words.toArray(String[]::new), cumulative, names);
        }

        String draw(SplittableRandom random) {
            int kind = random.nextInt(100);
            if (kind < 86) {
                int index = Arrays.binarySearch(cumulative, random.nextLong(cumulative[cumulative.length - 1]) + 1);
                return words[index >= 0 ? index : -index - 1];
            } else if (kind < 96) {
                return PUNCTUATION[random.nextInt(PUNCTUATION.length)];
            } else if (kind < 98) {
                double zipf = Math.pow(random.nextDouble(), 3); // favours the first names of the pool
                return names[(int) (zipf * names.length)];
            }
            return Integer.toString(random.nextInt(1_000_000));
        }
    }
}
