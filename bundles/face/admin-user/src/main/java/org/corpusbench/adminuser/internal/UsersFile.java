package org.corpusbench.adminuser.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Karaf's {@code etc/users.properties} as lines, so that changing one entry leaves every other line,
 * comment and continuation exactly as it was. Entries are {@code user = password,role|_g_:group,...}
 * and {@code _g_\:group = group,role,...}. Written atomically, readable by its owner only.
 */
final class UsersFile {
    static final String GROUP_PREFIX = "_g_:";
    /** How often {@link #update} makes its change again when the file keeps changing under it. */
    static final int ATTEMPTS = 20;
    /** How long an empty file must stay empty to be taken as empty rather than as being rewritten. */
    static final Duration EMPTY_SETTLE = Duration.ofSeconds(2);
    private static final long EMPTY_POLL_MILLIS = 50;

    /** A logical line: its text (continuations and line ends included) and its key, null for comments and blanks. */
    private record Line(String text, String key, String value) {}

    private final List<Line> lines = new ArrayList<>();
    private final String lineSeparator;
    private boolean changed;

    private UsersFile(String content) {
        lineSeparator = content.contains("\r\n") ? "\r\n" : "\n";
        int start = 0;
        while (start < content.length()) {
            int end = lineEnd(content, start);
            String physical = withoutTerminator(content.substring(start, end));
            if (!isComment(physical)) {
                // a value continues on the next line after an odd number of backslashes
                while (endsWithOddBackslashes(physical) && end < content.length()) {
                    int next = lineEnd(content, end);
                    physical = withoutTerminator(content.substring(end, next));
                    end = next;
                }
            }
            lines.add(parse(content.substring(start, end)));
            start = end;
        }
    }

    private static String withoutTerminator(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static int lineEnd(String content, int start) {
        int newline = content.indexOf('\n', start);
        return newline < 0 ? content.length() : newline + 1;
    }

    /** A change to the entries, which may be made more than once (see {@link #update}). */
    @FunctionalInterface
    interface Change<T> {
        T apply(UsersFile users) throws IOException;
    }

    /**
     * Makes a change without losing another writer's. Karaf's {@code AutoEncryptionSupport} rewrites
     * the file in place (it truncates it, then writes), so a read can find it empty, and a change made
     * on that read would drop every user. So an empty file is read again until it has stayed empty for
     * {@link #EMPTY_SETTLE}, and the changed content replaces the file only if the file still holds what
     * was read; otherwise the change is made again on what it holds now.
     *
     * @return what the change returned the last time it was made
     * @throws IOException if the file cannot be read or written, or kept changing for {@value #ATTEMPTS} attempts
     */
    static <T> T update(Path file, Change<T> change) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String read = readSettled(file);
            UsersFile users = new UsersFile(read);
            T result = change.apply(users);
            if (!users.changed()) {
                return result;
            }
            if (content(file).equals(read)) {
                users.write(file);
                return result;
            }
        }
        throw new IOException(file + " kept changing while it was being updated (" + ATTEMPTS + " attempts)");
    }

    /** @return the file's content; an empty file only once it has stayed empty for {@link #EMPTY_SETTLE} */
    private static String readSettled(Path file) throws IOException {
        long deadline = System.nanoTime() + EMPTY_SETTLE.toNanos();
        String content = content(file);
        while (content.isEmpty() && Files.exists(file) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(EMPTY_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while " + file + " was empty");
            }
            content = content(file);
        }
        return content;
    }

    /** @return the file's content, empty if it does not exist */
    private static String content(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /** @return the file as it is now, empty if it does not exist */
    static UsersFile read(Path file) throws IOException {
        return new UsersFile(content(file));
    }

    static UsersFile of(String content) {
        return new UsersFile(content);
    }

    /** @return the value of an entry (unescaped), if present */
    Optional<String> get(String key) {
        return lines.stream().filter(line -> key.equals(line.key())).reduce((first, last) -> last).map(Line::value);
    }

    /** @return the users (entries that are not groups) with their values, in file order */
    Map<String, String> users() {
        Map<String, String> users = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.key() != null && !line.key().startsWith(GROUP_PREFIX)) {
                users.put(line.key(), line.value());
            }
        }
        return users;
    }

    /** Sets an entry: replaces its line (the last one, if repeated, which is the one that counts) or appends one. */
    void put(String key, String value) {
        String text = escape(key, true) + " = " + escape(value, false) + lineSeparator;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (key.equals(lines.get(i).key())) {
                String old = lines.get(i).text();
                // keep the line's own ending (the last line may have none)
                String replaced = old.endsWith("\n") ? text : text.substring(0, text.length() - lineSeparator.length());
                lines.set(i, new Line(replaced, key, value));
                changed = true;
                return;
            }
        }
        appendLine(text, key, value);
    }

    /** Appends a comment line. */
    void comment(String comment) {
        appendLine("# " + comment + lineSeparator, null, null);
    }

    /** @return whether {@link #put} or {@link #comment} changed anything */
    boolean changed() {
        return changed;
    }

    String text() {
        return String.join("", lines.stream().map(Line::text).toList());
    }

    /** Replaces the file atomically with this content, readable and writable by its owner only. */
    void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        writeOwnerOnly(temporary, text(), StandardCharsets.ISO_8859_1);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes a new file that only its owner can read and write. */
    static void writeOwnerOnly(Path file, String content, Charset charset) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, charset);
    }

    private void appendLine(String text, String key, String value) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().endsWith("\n")) {
            Line last = lines.remove(lines.size() - 1);
            lines.add(new Line(last.text() + lineSeparator, last.key(), last.value()));
        }
        lines.add(new Line(text, key, value));
        changed = true;
    }

    private static Line parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || isComment(trimmed)) {
            return new Line(text, null, null);
        }
        Properties one = new Properties();
        try {
            one.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return new Line(text, null, null); // malformed: kept as it is, never interpreted
        }
        return one.isEmpty() ? new Line(text, null, null) : one.entrySet().stream()
                .map(entry -> new Line(text, (String) entry.getKey(), (String) entry.getValue())).findFirst().orElseThrow();
    }

    private static boolean isComment(String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("#") || trimmed.startsWith("!");
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    /** Escapes as {@link Properties#store} does, except that ':' and '=' are left alone in values, as Karaf writes them. */
    static String escape(String text, boolean key) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\f' -> escaped.append("\\f");
                case ' ' -> escaped.append(key || i == 0 ? "\\ " : " ");
                case ':', '=', '#', '!' -> escaped.append(key ? "\\" + c : String.valueOf(c));
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        escaped.append(String.format("\\u%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
