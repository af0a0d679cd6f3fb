package org.corpusbench.loader.text;

import java.nio.file.Path;

/**
 * Names inputs the way their user knows them, never by where the server keeps them: error messages
 * and load reports reach REST users, whose uploads sit in a server folder they must not learn. A
 * single file or archive goes by its file name, a file in a loaded folder by its path relative to
 * the folder (its source id), an archive entry by the archive's file name, {@code !/} and the entry.
 */
final class Inputs {
    private Inputs() {
    }

    /** @return the path's last name ({@code /} for a root), without the folders above it */
    static String name(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? "/" : name.toString();
    }
}
