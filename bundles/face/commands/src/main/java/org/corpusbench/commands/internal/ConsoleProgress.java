package org.corpusbench.commands.internal;

import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.Terminal;
import org.corpusbench.api.Progress;

/**
 * The {@link Progress} a command gives to services: it draws a {@link ProgressLine} on an interactive
 * terminal and reports cancellation once the command's thread is interrupted, which is what Ctrl-C
 * does in the Karaf console. Services may report and ask from worker threads, so both refer to the
 * command's thread and console captured at creation, never to the calling thread.
 */
final class ConsoleProgress implements Progress {
    private final PrintStream console;
    private final ProgressLine line;
    private final Thread commandThread;

    /**
     * @param console where the line is drawn
     * @param line the line to draw, or null to draw nothing
     * @param commandThread the thread whose interruption cancels the work
     */
    ConsoleProgress(PrintStream console, ProgressLine line, Thread commandThread) {
        this.console = console;
        this.line = line;
        this.commandThread = commandThread;
    }

    /**
     * Progress for the command running on the current thread. The line is drawn only on a real
     * terminal: {@code bin/client "cmd"}, {@code bin/client -b} and ssh exec run headless sessions
     * without one, and a terminal of type dumb (piped input or output) cannot redraw a line.
     */
    static ConsoleProgress of(Session session) {
        Terminal terminal = session == null ? null : session.getTerminal();
        return redraws(terminal) ? new ConsoleProgress(session.getConsole(), new ProgressLine(System::nanoTime,
                terminal.getWidth()), Thread.currentThread()) : silent();
    }

    /**
     * @return whether the terminal can redraw a line in place: present, not of type dumb, and knowing
     *         its width (a line that wraps cannot be redrawn with a carriage return)
     */
    static boolean redraws(Terminal terminal) {
        return terminal != null && terminal.getType() != null && !terminal.getType().startsWith("dumb") && terminal.getWidth() > 0;
    }

    /** Progress that draws nothing and is cancelled by interrupting the current thread. */
    static ConsoleProgress silent() {
        return new ConsoleProgress(null, null, Thread.currentThread());
    }

    @Override
    public void report(String stage, long done, long total) {
        String redraw = line == null ? null : line.update(stage, done, total);
        if (redraw != null) {
            console.print(redraw);
            console.flush();
        }
    }

    /** Keeps the interrupt flag set, so the command's thread still ends as interrupted. */
    @Override
    public boolean isCancelled() {
        return commandThread.isInterrupted();
    }

    /** Blanks the progress line, if one was drawn, so the answer starts at the left margin. */
    void finish() {
        String blank = line == null ? "" : line.clear();
        if (!blank.isEmpty()) {
            console.print(blank);
            console.flush();
        }
    }

    /**
     * Handles work that stopped by throwing: if the user cancelled, whatever the interrupt made the
     * work throw (a {@link CancellationException}, or an I/O error from a
     * channel the interrupt closed), says so; otherwise blanks the line and rethrows, so the error
     * starts at the left margin.
     *
     * @param failure what the work threw
     * @param out where the command prints its answer
     * @param outcome what became of the data, for {@link #cancelled}
     * @throws E the failure, if the user did not cancel
     */
    <E extends Exception> void cancelledOrRethrow(E failure, PrintStream out, String outcome) throws E {
        if (!(failure instanceof CancellationException) && !isCancelled()) {
            finish();
            throw failure;
        }
        cancelled(out, outcome);
    }

    /**
     * Blanks the line and says the work stopped, with what became of the data.
     *
     * @param out where the command prints its answer
     * @param outcome "corpus 'news' is as it was", or empty
     */
    void cancelled(PrintStream out, String outcome) {
        finish();
        out.println(outcome.isEmpty() ? "Cancelled" : "Cancelled; " + outcome);
    }
}
