package org.corpusbench.segmenter.jieba.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Runs a task with {@code System.out} silenced for the calling thread only. jieba-analysis prints
 * its dictionary load times to standard output, which in Karaf is the user's console; other
 * threads keep writing through while the task runs.
 */
final class SilencedStandardOutput {

    private SilencedStandardOutput() {
    }

    static synchronized <T> T call(Supplier<T> task) {
        PrintStream original = System.out;
        Thread caller = Thread.currentThread();
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (Thread.currentThread() != caller) {
                    original.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (Thread.currentThread() != caller) {
                    original.write(bytes, offset, length);
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true));
        try {
            return task.get();
        } finally {
            System.setOut(original);
        }
    }
}
