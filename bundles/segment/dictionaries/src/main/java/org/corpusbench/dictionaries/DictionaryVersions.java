package org.corpusbench.dictionaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.UserDictionary;

/**
 * Every version of every dictionary that was ever in use, one file each, named by its SHA-256: so a
 * corpus segmented with a version can be segmented again after the dictionary changed, by comparing
 * the version it records with the dictionary now. A file holds the dictionary's name on its first
 * line, then its entries. Files are written once, atomically, and never changed. Thread-safe.
 */
public final class DictionaryVersions {
    private final Path folder;

    /** @param folder where the versions are kept; made when the first is kept */
    public DictionaryVersions(Path folder) {
        this.folder = folder;
    }

    /**
     * @param dictionary a dictionary as it is now
     * @return the same dictionary, now kept
     * @throws CorpusException if it cannot be written
     */
    public UserDictionary keep(UserDictionary dictionary) {
        Path file = folder.resolve(dictionary.sha256() + ".txt");
        if (Files.exists(file)) {
            return dictionary;
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "version", ".part");
            Files.writeString(partial, dictionary.name() + "\n" + dictionary.text(), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return dictionary;
        } catch (IOException e) {
            throw new CorpusException("Cannot keep version " + dictionary.sha256() + " of dictionary '" + dictionary.name()
                    + "' in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param sha256 a version's hash
     * @return that version, if it was kept
     */
    public Optional<UserDictionary> find(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path file = folder.resolve(sha256 + ".txt");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<UserDictionary.Entry> entries = new ArrayList<>();
            lines.subList(1, lines.size()).forEach(line -> entries.add(UserDictionary.Entry.parse(line)));
            return Optional.of(new UserDictionary(lines.get(0), entries));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dictionary version " + file, e);
        }
    }
}
