package org.corpusbench.commands.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.corpusbench.api.CorpusException;

/**
 * Writes a command's output file through a temporary file beside it, renamed into place when
 * complete, so a failure or Ctrl-C never leaves half a file or damages an existing one.
 */
final class OutputFile {

    /** What writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * @param target where to write, as {@link org.corpusbench.api.ExportFiles#target} allowed it
     * @param content what to write
     * @return the bytes written
     */
    static long write(Path target, Content content) throws IOException {
        Path folder = target.getParent();
        if (!Files.isWritable(folder)) {
            throw new CorpusException("Cannot write '" + target.getFileName() + "': its folder is not writable");
        }
        Path temporary = Files.createTempFile(folder, ".corpus-export-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return Files.size(target);
    }
}
