package org.corpusbench.repository.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusInfo;

/**
 * Brings a generation of format 2 to format 3 in place by deriving the files format 3 added (type
 * ranks, document headers) from the files it has. Nothing it has is changed except
 * {@code info.json}, replaced last: each new file is written under a temporary name, synced and
 * renamed, then the folder is synced, and only then is a new {@code info.json} renamed over the old
 * one. A crash before that leaves a format-2 generation (with spare files, which the next upgrade
 * writes again); after it, a complete format-3 generation.
 */
final class FormatUpgrade {
    private static final String TEMPORARY = ".upgrade";
    private static final List<String> ADDED = List.of(StoreLayout.LEXICON_RANKS, StoreLayout.LEXICON_BY_RANK,
            StoreLayout.DOCUMENT_HEADERS, StoreLayout.DOCUMENT_HEADER_INDEX, StoreLayout.DOCUMENT_ID_HASH);

    private FormatUpgrade() {
    }

    /**
     * @param generation a generation folder whose info says format 2
     * @param stored its info
     * @param json the store's JSON mapper
     * @return the info now stored, in format 3
     */
    static StoredInfo upgrade(Path generation, StoredInfo stored, ObjectMapper json) throws IOException {
        removeTemporaryFiles(generation);
        try {
            LexiconStrings lexicon = new LexiconStrings(generation);
            TypeRanks.write(temporary(generation, StoreLayout.LEXICON_RANKS), temporary(generation, StoreLayout.LEXICON_BY_RANK),
                    lexicon.size(), lexicon::type);
            writeHeaders(generation, json);
            for (String file : ADDED) {
                FileTree.syncFile(temporary(generation, file));
                FileTree.move(temporary(generation, file), generation.resolve(file));
            }
            FileTree.syncFolder(generation);
            StoredInfo upgraded = new StoredInfo(StoreLayout.FORMAT, withFormat(stored.info()));
            Path info = temporary(generation, StoreLayout.INFO);
            Files.write(info, json.writeValueAsBytes(upgraded));
            FileTree.syncFile(info);
            FileTree.move(info, generation.resolve(StoreLayout.INFO));
            FileTree.syncFolder(generation);
            return upgraded;
        } catch (IOException | RuntimeException e) {
            try {
                removeTemporaryFiles(generation);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup); // the next upgrade removes them first
            }
            throw e;
        }
    }

    /** Reads each document line as a header only: the JSON parser skips the texts without keeping them. */
    private static void writeHeaders(Path generation, ObjectMapper json) throws IOException {
        JsonLinesFile documents = new JsonLinesFile(generation.resolve(StoreLayout.DOCUMENTS),
                generation.resolve(StoreLayout.DOCUMENT_INDEX), json);
        try (documents; DocumentHeadersWriter headers = new DocumentHeadersWriter(json,
                temporary(generation, StoreLayout.DOCUMENT_HEADERS), temporary(generation, StoreLayout.DOCUMENT_HEADER_INDEX),
                temporary(generation, StoreLayout.DOCUMENT_ID_HASH))) {
            for (int document = 0; document < documents.size(); document++) {
                headers.add(documents.read(document, DocumentHeader.class));
            }
            headers.finish();
        }
    }

    private static CorpusInfo withFormat(CorpusInfo info) {
        Map<String, String> provenance = new HashMap<>(info.provenance());
        provenance.put(CorpusInfo.STORE_FORMAT, Integer.toString(StoreLayout.FORMAT));
        return new CorpusInfo(info.name(), info.sources(), info.documents(), info.tokens(), info.types(), info.created(),
                provenance);
    }

    private static Path temporary(Path generation, String file) {
        return generation.resolve(file + TEMPORARY);
    }

    private static void removeTemporaryFiles(Path generation) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(generation, "*" + TEMPORARY)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }
}
