package org.corpusbench.api;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Says what went wrong in an I/O failure without the server paths that Java's I/O exceptions put
 * in their messages: errors reach REST users, who must not learn where the server keeps files.
 */
public final class IoProblems {
    private IoProblems() {
    }

    /**
     * What went wrong, without the paths that I/O exceptions put in their messages: a file system
     * exception's reason ("Is a directory") or a phrase for its type; the reason in a
     * {@link FileNotFoundException}'s "path (reason)"; any other exception's message unless it
     * holds a path separator, else its type.
     *
     * @param e the failure, or the cause of an {@link java.io.UncheckedIOException}
     * @return a phrase fit to follow "Cannot read 'name': "
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException failure) {
            if (failure.getReason() != null) {
                return failure.getReason();
            }
            if (failure instanceof NoSuchFileException) {
                return "no such file";
            }
            if (failure instanceof AccessDeniedException) {
                return "permission denied";
            }
            return failure.getClass().getSimpleName();
        }
        String message = e.getMessage();
        if (e instanceof FileNotFoundException) {
            int open = message == null ? -1 : message.lastIndexOf(" (");
            if (open < 0 || !message.endsWith(")")) {
                return "no such file";
            }
            message = message.substring(open + 2, message.length() - 1);
        }
        if (message == null || message.isBlank() || message.indexOf('/') >= 0 || message.indexOf('\\') >= 0) {
            return e.getClass().getSimpleName();
        }
        return message;
    }
}
