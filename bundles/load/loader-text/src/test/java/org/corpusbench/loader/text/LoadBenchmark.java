package org.corpusbench.loader.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.Progress;

/**
 * The loading benchmark (not a test): {@code LoadBenchmark DIR MEGABYTES} writes that much text in
 * files of 2 MB, a quarter each in UTF-8, GBK, Big5 and UTF-16LE with a byte order mark, then times
 * reading the bytes alone against the text loader's read, detect and decode, one thread, after
 * dropping the page cache where allowed (root on Linux). Run it through {@code mvn -Pbenchmark}.
 */
public final class LoadBenchmark {
    private static final String[] ENCODINGS = {"UTF-8", "GBK", "Big5", "UTF-16LE"};
    private static final String TRADITIONAL = "本報訊記者趙宗鋒三月三日下午聊城市紀念國際婦女節週年暨巾幗十傑頒獎典禮舉行市委副書記政法委書記"
            + "謝兆村市人大常委會副主任孫凌雲市政協黨組成員副主席程繼峰出席活動並為先進個人和集體頒獎，。";

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long megabytes = Long.parseLong(args[1]);
        String simplified = String.join("", Files.readAllLines(Path.of(args[2])));
        long written = generate(folder, megabytes * 1_000_000, simplified);
        System.out.printf("FILES %.0f MB in %s (UTF-8, GBK, Big5, UTF-16LE with BOM; 2 MB each)%n", written / 1e6, folder);

        for (String encoding : ENCODINGS) {
            byte[] sample = encode(encoding, simplified, TRADITIONAL, new Random(1), 2_000_000);
            TextDecoder decoder = new TextDecoder();
            decoder.decode(sample, "warm-up", null);
            long before = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                decoder.decode(sample, "sample", null);
            }
            double seconds = (System.nanoTime() - before) / 1e9;
            System.out.printf("DECODE in memory, %s: %.0f MB/s (detect + decode)%n", encoding, 10 * sample.length / 1e6 / seconds);
        }

        String dropped = dropPageCache();
        long before = System.nanoTime();
        long bytes = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                bytes += Files.readAllBytes(file).length;
            }
        }
        double readSeconds = (System.nanoTime() - before) / 1e9;
        System.out.printf("READ bytes only (%s): %.0f MB in %.1f s, %.0f MB/s%n", dropped, bytes / 1e6, readSeconds,
                bytes / 1e6 / readSeconds);

        dropped = dropPageCache();
        AtomicLong chars = new AtomicLong();
        List<String> skipped = new ArrayList<>();
        before = System.nanoTime();
        new TextFileReader().read(folder, LoadOptions.DEFAULTS, source -> chars.addAndGet(source.text().length()),
                report -> skipped.add(report.problem()), Progress.NONE);
        double loadSeconds = (System.nanoTime() - before) / 1e9;
        System.out.printf("LOAD read + detect + decode (%s): %.0f MB in %.1f s, %.0f MB/s, %,d chars, %d skipped%n", dropped,
                bytes / 1e6, loadSeconds, bytes / 1e6 / loadSeconds, chars.get(), skipped.size());
    }

    private static long generate(Path folder, long total, String simplified) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(2026);
        long written = 0;
        for (int i = 0; written < total; i++) {
            String encoding = ENCODINGS[i % ENCODINGS.length];
            byte[] bytes = encode(encoding, simplified, TRADITIONAL, random, 2_000_000);
            Files.write(folder.resolve(String.format("%05d-%s.txt", i, encoding)), bytes);
            written += bytes.length;
        }
        return written;
    }

    /** About {@code size} bytes of text in the encoding: lines of the seed page, or traditional text for Big5. */
    private static byte[] encode(String encoding, String simplified, String traditional, Random random, int size) {
        String source = encoding.equals("Big5") ? traditional : simplified;
        StringBuilder text = new StringBuilder();
        Charset charset = Charset.forName(encoding);
        int bytesPerChar = encoding.equals("UTF-8") ? 3 : 2;
        while (text.length() * bytesPerChar < size) {
            int from = random.nextInt(source.length() - 60);
            text.append(source, from, from + 20 + random.nextInt(40)).append('\n');
        }
        byte[] body = text.toString().getBytes(charset);
        if (!encoding.equals("UTF-16LE")) {
            return body;
        }
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        return withBom;
    }

    private static String dropPageCache() {
        try {
            Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3", StandardCharsets.US_ASCII);
            return "page cache dropped";
        } catch (IOException | SecurityException e) {
            return "page cache warm: could not drop it";
        }
    }
}
