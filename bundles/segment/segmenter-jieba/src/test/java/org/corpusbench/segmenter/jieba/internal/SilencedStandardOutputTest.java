package org.corpusbench.segmenter.jieba.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SilencedStandardOutputTest {

    @Test
    void silencesOnlyTheCallingThreadAndRestoresTheStream() throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            PrintStream during = System.out;
            String result = SilencedStandardOutput.call(() -> {
                System.out.println("main dict load finished");
                Thread other = new Thread(() -> System.out.println("other thread"));
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "loaded";
            });

            assertEquals("loaded", result);
            assertSame(during, System.out);
            assertEquals("other thread" + System.lineSeparator(), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(before);
        }
    }
}
