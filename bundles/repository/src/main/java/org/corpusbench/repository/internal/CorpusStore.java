package org.corpusbench.repository.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;

/**
 * Keeps each corpus in a folder of its own: {@code info.json} (read to list corpora) and
 * {@code corpus.json} (read on first use). A commit writes a new folder under a temporary name and
 * renames it into place, so readers see the old corpus or the new one, never half of one. Views are
 * immutable and cached, so a replaced corpus stays consistent for whoever still reads it.
 * Thread-safe: commits and removals of one name are serialised on a per-store lock.
 */
final class CorpusStore implements CorpusRepository {
    private static final Pattern VALID_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,63}");
    private static final String INFO = "info.json";
    private static final String DATA = "corpus.json";
    private static final String TEMP_PREFIX = ".tmp-";

    private final Path directory;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, CorpusInfo> infos = new ConcurrentHashMap<>();
    private final Map<String, CorpusView> views = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();

    CorpusStore(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        try {
            Files.createDirectories(directory);
            deleteLeftovers();
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(directory, Files::isDirectory)) {
                for (Path folder : folders) {
                    CorpusInfo info = json.readValue(folder.resolve(INFO).toFile(), CorpusInfo.class);
                    infos.put(info.name(), info);
                }
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot open the corpus store '" + directory + "': " + e.getMessage(), e);
        }
    }

    @Override
    public List<CorpusInfo> list() {
        List<CorpusInfo> list = new ArrayList<>(infos.values());
        list.sort(Comparator.comparing(CorpusInfo::name));
        return list;
    }

    @Override
    public Optional<CorpusView> get(String name) {
        if (!infos.containsKey(name)) {
            return Optional.empty();
        }
        return Optional.of(views.computeIfAbsent(name, this::read));
    }

    @Override
    public CorpusWriter create(String name, Map<String, String> provenance, boolean replace) {
        checkName(name);
        if (!replace && infos.containsKey(name)) {
            throw new CorpusException("Corpus '" + name + "' already exists");
        }
        return new HeapCorpusWriter(name, provenance, clock, data -> commit(data, replace));
    }

    @Override
    public boolean remove(String name) {
        synchronized (writeLock) {
            if (infos.remove(name) == null) {
                return false;
            }
            views.remove(name);
            Path trash = directory.resolve(TEMP_PREFIX + UUID.randomUUID());
            move(directory.resolve(name), trash);
            deleteTree(trash);
            return true;
        }
    }

    private CorpusInfo commit(CorpusData data, boolean replace) {
        String name = data.info().name();
        Path staging = directory.resolve(TEMP_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectory(staging);
            json.writeValue(staging.resolve(DATA).toFile(), data);
            json.writeValue(staging.resolve(INFO).toFile(), data.info());
        } catch (IOException e) {
            deleteTree(staging);
            throw new CorpusException("Cannot store corpus '" + name + "': " + e.getMessage(), e);
        }
        synchronized (writeLock) {
            if (infos.containsKey(name) && !replace) {
                deleteTree(staging);
                throw new CorpusException("Corpus '" + name + "' already exists");
            }
            Path target = directory.resolve(name);
            Path old = directory.resolve(TEMP_PREFIX + UUID.randomUUID());
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                move(target, old);
            }
            move(staging, target);
            views.put(name, new HeapCorpusView(data));
            infos.put(name, data.info());
            if (hadOld) {
                deleteTree(old);
            }
        }
        return data.info();
    }

    private CorpusView read(String name) {
        Path file = directory.resolve(name).resolve(DATA);
        try {
            CorpusData data = json.readValue(file.toFile(), CorpusData.class);
            if (data.format() != CorpusData.FORMAT) {
                throw new CorpusException("Corpus '" + name + "' is stored in format " + data.format()
                        + ", this version reads format " + CorpusData.FORMAT + "; load it again");
            }
            return new HeapCorpusView(data);
        } catch (IOException e) {
            throw new CorpusException("Cannot read corpus '" + name + "' from '" + file + "': " + e.getMessage(), e);
        }
    }

    private static void checkName(String name) {
        if (name == null || !VALID_NAME.matcher(name).matches()) {
            throw new CorpusException("Invalid corpus name '" + name
                    + "': use letters, digits, '_', '.' and '-' (at most 64, not starting with '.' or '-')");
        }
    }

    private void deleteLeftovers() throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, TEMP_PREFIX + "*")) {
            for (Path temp : temps) {
                deleteTree(temp);
            }
        }
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot move '" + from + "' to '" + to + "': " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException("Cannot delete '" + root + "': " + e.getMessage(), e);
        }
    }
}
