package org.corpusbench.repository.internal;

import org.corpusbench.api.CodePointOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The named subcorpora of a corpus: one small JSON object, subcorpus name to selection expression,
 * beside the corpus's generations rather than in one, so it survives a re-import and is renamed and
 * removed with the corpus folder. Replaced as {@code CURRENT} is: a new file is synced and renamed
 * over the old one, so a crash leaves the old set or the new one. The caller serialises writes.
 */
final class SubcorporaFile {
    /** The file's name in the corpus folder. */
    static final String NAME = "subcorpora.json";
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private SubcorporaFile() {
    }

    /** @return the subcorpora in code-point order of their names; empty if none was ever saved */
    static TreeMap<String, String> read(Path corpus, ObjectMapper json) throws IOException {
        TreeMap<String, String> subcorpora = new TreeMap<>(CodePointOrder.COMPARATOR);
        Path file = corpus.resolve(NAME);
        if (Files.exists(file)) {
            subcorpora.putAll(json.readValue(file.toFile(), MAP));
        }
        return subcorpora;
    }

    static void write(Path corpus, Map<String, String> subcorpora, ObjectMapper json) throws IOException {
        Path next = corpus.resolve(NAME + ".next");
        Files.write(next, json.writeValueAsBytes(subcorpora));
        FileTree.syncFile(next);
        FileTree.move(next, corpus.resolve(NAME));
        FileTree.syncFolder(corpus);
    }
}
