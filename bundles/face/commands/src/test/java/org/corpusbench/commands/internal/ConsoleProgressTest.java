package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.karaf.shell.api.console.Terminal;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    /** Held by a test while the command thread must stay alive: blocked on a monitor, its interrupt flag stays set. */
    private final Object running = new Object();
    private final Thread command = new Thread(() -> {
        synchronized (running) {
            // ends once the test lets go
        }
    });
    private long now;

    @Test
    void interruptingTheCommandThreadCancelsAndKeepsItsFlag() {
        ConsoleProgress progress = new ConsoleProgress(console, null, Thread.currentThread());
        assertFalse(progress.isCancelled());

        Thread.currentThread().interrupt();
        try {
            assertTrue(progress.isCancelled());
            assertThrows(CancellationException.class, progress::checkCancelled);
            assertTrue(Thread.currentThread().isInterrupted(), "asking does not clear the interrupt");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void workerThreadsSeeTheCommandThreadsInterruptNotTheirOwn() throws InterruptedException {
        ConsoleProgress progress = new ConsoleProgress(console, null, command);
        AtomicBoolean seenBefore = new AtomicBoolean(true);
        AtomicBoolean seenAfter = new AtomicBoolean(false);
        Thread worker = new Thread(() -> seenBefore.set(progress.isCancelled()));
        worker.start();
        worker.join();

        synchronized (running) {
            command.start();
            command.interrupt();
            Thread afterInterrupt = new Thread(() -> seenAfter.set(progress.isCancelled()));
            afterInterrupt.start();
            afterInterrupt.join();
        }

        assertFalse(seenBefore.get());
        assertTrue(seenAfter.get());
    }

    @Test
    void drawsTheLineThenBlanksItBeforeTheAnswer() {
        ConsoleProgress progress = new ConsoleProgress(console, new ProgressLine(() -> now, 0), command);
        now = 1_000_000_000L;
        progress.report("loading", 0, 10);
        progress.finish();

        assertEquals("\rloading 0/10 0%\r" + " ".repeat(15) + "\r", text());
    }

    @Test
    void sayingCancelledBlanksTheLineFirst() {
        ConsoleProgress progress = new ConsoleProgress(console, new ProgressLine(() -> now, 0), command);
        now = 1_000_000_000L;
        progress.report("loading", 0, 10);
        progress.cancelled(console, "corpus 'news' is as it was");

        assertEquals("\rloading 0/10 0%\r" + " ".repeat(15) + "\rCancelled; corpus 'news' is as it was"
                + System.lineSeparator(), text());
    }

    @Test
    void aFailureWithoutCancellingIsRethrownAfterTheLineIsBlanked() {
        ConsoleProgress progress = new ConsoleProgress(console, new ProgressLine(() -> now, 0), command);
        now = 1_000_000_000L;
        progress.report("loading", 0, 10);
        IllegalStateException failure = new IllegalStateException("disk full");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> progress.cancelledOrRethrow(failure, console, "corpus 'news' is as it was"));

        assertSame(failure, thrown);
        assertEquals("\rloading 0/10 0%\r" + " ".repeat(15) + "\r", text());
    }

    @Test
    void anyFailureAfterCtrlCIsCancelling() throws IOException {
        ConsoleProgress progress = new ConsoleProgress(console, null, command);
        synchronized (running) {
            command.start();
            command.interrupt();
            progress.cancelledOrRethrow(new ClosedByInterruptException(), console, "seeds.csv was not written");
        }

        assertEquals("Cancelled; seeds.csv was not written" + System.lineSeparator(), text());
    }

    @Test
    void workThatSaysItWasCancelledIsCancelledEvenWithoutAnInterrupt() {
        ConsoleProgress progress = new ConsoleProgress(console, null, command);

        progress.cancelledOrRethrow(new CancellationException("Cancelled"), console, "");

        assertEquals("Cancelled" + System.lineSeparator(), text());
    }

    @Test
    void silentProgressDrawsNothing() {
        ConsoleProgress progress = ConsoleProgress.silent();
        progress.report("loading", 5, 10);
        progress.finish();
        progress.cancelled(console, "");

        assertEquals("Cancelled" + System.lineSeparator(), text());
    }

    @Test
    void redrawsOnlyOnATerminalThatIsNotDumb() {
        assertTrue(ConsoleProgress.redraws(terminal("xterm-256color", 80)));
        assertFalse(ConsoleProgress.redraws(null), "headless sessions: bin/client \"cmd\", bin/client -b, ssh exec");
        assertFalse(ConsoleProgress.redraws(terminal("dumb", 80)));
        assertFalse(ConsoleProgress.redraws(terminal("dumb-color", 80)));
        assertFalse(ConsoleProgress.redraws(terminal(null, 80)));
        assertFalse(ConsoleProgress.redraws(terminal("ansi", 0)), "no width: nothing to keep the line from wrapping");
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Terminal terminal(String type, int width) {
        return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getType" -> type;
                    case "getWidth" -> width;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
