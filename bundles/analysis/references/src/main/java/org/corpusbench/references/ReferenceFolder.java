package org.corpusbench.references;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.analysis.ReferenceList;
import org.corpusbench.api.analysis.ReferenceLists;

/**
 * The registered lists (services such as jieba's dictionary) and the users' lists, each a file
 * {@code <name>.txt} in one folder (see {@link ReferenceFile} for the format). A name is letters,
 * digits, '-' and '_' only, so no name reaches outside the folder; files with other names are not
 * lists. When a file and a registered list share a name, the file wins, as a stopword file does
 * over a built-in list: what an administrator put in the folder is the deliberate choice, and it
 * lets a shipped list be corrected or replaced without touching a bundle. Of two registered lists
 * with one name, the first registered wins. A file is read again when its modification time or
 * size changes; a missing folder holds no lists. Thread-safe.
 */
public final class ReferenceFolder implements ReferenceLists {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{Nd}_-]+");
    private static final String SUFFIX = ".txt";

    private record Read(FileTime modified, long size, ReferenceList list) {
    }

    private final Path folder;
    private final Supplier<List<ReferenceList>> registered;
    private final Map<String, Read> read = new ConcurrentHashMap<>();

    /**
     * @param folder where users' lists are
     * @param registered the registered lists as they are now, in registration order
     */
    public ReferenceFolder(Path folder, Supplier<List<ReferenceList>> registered) {
        this.folder = folder;
        this.registered = registered;
    }

    @Override
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        for (ReferenceList list : registered.get()) {
            names.add(list.name());
        }
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    name = name.substring(0, name.length() - SUFFIX.length());
                    if (NAME.matcher(name).matches() && Files.isRegularFile(file)) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                throw new CorpusException("Cannot list the reference lists folder: " + IoProblems.reason(e), e);
            }
        }
        return new ArrayList<>(names);
    }

    @Override
    public ReferenceList list(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException("reference list", name); // checked before the name touches a path
        }
        Path file = folder.resolve(name + SUFFIX);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            read.remove(name);
            return registered.get().stream().filter(list -> list.name().equals(name)).findFirst()
                    .orElseThrow(() -> new NotFoundException("reference list", name));
        } catch (IOException e) {
            throw new CorpusException("Cannot read reference list file '" + name + SUFFIX + "': " + IoProblems.reason(e), e);
        }
        Read known = read.get(name);
        if (known != null && known.modified().equals(attributes.lastModifiedTime()) && known.size() == attributes.size()) {
            return known.list();
        }
        return load(name, file, attributes);
    }

    private ReferenceList load(String name, Path file, BasicFileAttributes attributes) {
        if (!attributes.isRegularFile()) {
            throw new CorpusException("Reference list file '" + name + SUFFIX + "' is not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            ReferenceList list = ReferenceFile.read(in, name + SUFFIX, name);
            // Two threads may both read a changed file; either result is the file as it is now.
            read.put(name, new Read(attributes.lastModifiedTime(), attributes.size(), list));
            return list;
        } catch (IOException e) {
            throw new CorpusException("Cannot read reference list file '" + name + SUFFIX + "': " + IoProblems.reason(e), e);
        }
    }
}
