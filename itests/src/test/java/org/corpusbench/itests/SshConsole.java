package org.corpusbench.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * Karaf's console over real SSH, as a user with a password: each command runs in the exec channel
 * of a session of its own, as {@code ssh -p 18101 user@127.0.0.1 'command'} would (Karaf ends the
 * session when its exec command ends). Uses Apache SSHD's client, which Karaf's own sshd-osgi
 * bundle provides inside the container.
 */
final class SshConsole implements AutoCloseable {
    static final int PORT = 18101;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration LOGIN_PATIENCE = Duration.ofSeconds(40);
    private static final int LOGIN_ATTEMPTS = 3;

    /** What a command printed, and its exit status (null if the server sent none). */
    record Result(String command, Integer exitStatus, String out, String err) {
        /** @return standard output and standard error together */
        String all() {
            return out + err;
        }

        /** @return whether the shell refused the command for want of a role (hidden or denied) */
        boolean refused() {
            String all = all();
            return all.contains("Insufficient credentials") || all.contains("Command not found");
        }

        @Override
        public String toString() {
            return "'" + command + "' -> exit " + exitStatus + ", out: [" + out + "], err: [" + err + "]";
        }
    }

    private final SshClient client;
    private final String user;
    private final String password;

    private SshConsole(SshClient client, String user, String password) {
        this.client = client;
        this.user = user;
        this.password = password;
    }

    /**
     * Logs in once with user and password only (no keys, no keyboard-interactive), so a wrong
     * password fails here; each {@link #run} logs in again.
     */
    static SshConsole login(String user, String password) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
        client.start();
        SshConsole console = new SshConsole(client, user, password);
        try {
            console.session().close(false).await(PATIENCE);
            return console;
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
    }

    /**
     * A new logged-in session. A login whose key exchange or authentication does not finish within
     * {@link #LOGIN_PATIENCE} is tried again (at most {@link #LOGIN_ATTEMPTS} times, each retry
     * printed): once in many runs the SSH handshake between client and server in this one JVM stalled
     * (server and client idle, no password checked). Only logging in is retried, never a command,
     * and a refused login fails at once.
     */
    private ClientSession session() throws IOException {
        for (int attempt = 1;; attempt++) {
            ClientSession session = client.connect(user, "127.0.0.1", PORT).verify(PATIENCE).getSession();
            try {
                session.addPasswordIdentity(password);
                session.auth().verify(LOGIN_PATIENCE);
                return session;
            } catch (Exception e) {
                session.close(true);
                if (!isTimeout(e) || attempt == LOGIN_ATTEMPTS) {
                    throw e;
                }
                System.out.println("SshConsole: logging in as " + user + " did not finish within " + LOGIN_PATIENCE.toSeconds()
                        + " s (" + e + "); trying again");
            }
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Runs one command in the exec channel of a new session and waits until the server closes it. */
    Result run(String command) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ClientSession session = session(); ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(PATIENCE);
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), PATIENCE);
            if (events.contains(ClientChannelEvent.TIMEOUT)) {
                throw new AssertionError("'" + command + "' did not finish within " + PATIENCE.toSeconds() + " s; printed so far: "
                        + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
            }
            return new Result(command, channel.getExitStatus(), out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        client.stop();
    }
}
