package org.corpusbench.stopwords;

import java.io.IOException;
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
import java.util.regex.Pattern;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.analysis.StopwordLists;

/**
 * The built-in lists and the users' lists, each a file {@code <name>.txt} in one folder (see
 * {@link StopwordFile} for the format). A name is letters, digits, '-' and '_' only, so no name
 * reaches outside the folder; files with other names are not lists. A user's file takes the place
 * of a built-in list of the same name, so the default can be edited by copying it into the folder.
 * {@code none} is always the empty list. A file is read again when its modification time or size
 * changes. A missing folder holds no lists. Thread-safe.
 */
public final class StopwordFolder implements StopwordLists {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{Nd}_-]+");
    private static final String SUFFIX = ".txt";

    private record Read(FileTime modified, long size, StopwordList list) {
    }

    private final Path folder;
    private final Map<String, StopwordList> builtIn;
    private final Map<String, Read> read = new ConcurrentHashMap<>();

    /**
     * @param folder where users' lists are
     * @param builtIn the lists that exist without a file, by name
     */
    public StopwordFolder(Path folder, Map<String, StopwordList> builtIn) {
        this.folder = folder;
        this.builtIn = Map.copyOf(builtIn);
    }

    @Override
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(builtIn.keySet());
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
                throw new CorpusException("Cannot list the stopword lists folder: " + IoProblems.reason(e), e);
            }
        }
        names.remove(StopwordList.NONE.name());
        List<String> all = new ArrayList<>();
        all.add(StopwordList.NONE.name());
        all.addAll(names);
        return all;
    }

    @Override
    public StopwordList list(String name) {
        if (name.equals(StopwordList.NONE.name())) {
            return StopwordList.NONE;
        }
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException("stopword list", name); // checked before the name touches a path
        }
        Path file = folder.resolve(name + SUFFIX);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            read.remove(name);
            StopwordList list = builtIn.get(name);
            if (list == null) {
                throw new NotFoundException("stopword list", name);
            }
            return list;
        } catch (IOException e) {
            throw new CorpusException("Cannot read stopword list file '" + name + SUFFIX + "': " + IoProblems.reason(e), e);
        }
        Read known = read.get(name);
        if (known != null && known.modified().equals(attributes.lastModifiedTime()) && known.size() == attributes.size()) {
            return known.list();
        }
        return load(name, file, attributes);
    }

    private StopwordList load(String name, Path file, BasicFileAttributes attributes) {
        if (!attributes.isRegularFile()) {
            throw new CorpusException("Stopword list file '" + name + SUFFIX + "' is not a file");
        }
        if (attributes.size() > StopwordFile.MAX_BYTES) {
            throw StopwordFile.tooLarge(name + SUFFIX);
        }
        try {
            StopwordList list = new StopwordList(name, StopwordFile.read(Files.readAllBytes(file), name + SUFFIX));
            // Two threads may both read a changed file; either result is the file as it is now.
            read.put(name, new Read(attributes.lastModifiedTime(), attributes.size(), list));
            return list;
        } catch (IOException e) {
            throw new CorpusException("Cannot read stopword list file '" + name + SUFFIX + "': " + IoProblems.reason(e), e);
        }
    }
}
