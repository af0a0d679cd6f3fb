package org.corpusbench.repository.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.NotFoundException;

/**
 * Stores each corpus in a folder of its own, named after the corpus, holding numbered generations
 * and a {@code CURRENT} file naming the one in force:
 * <pre>
 * seeds/CURRENT          "g000002"
 * seeds/g000002/...      the files of {@link StoreLayout}
 * seeds/subcorpora.json  the named subcorpora, see {@link SubcorporaFile}
 * </pre>
 * A writer fills a staging folder; a commit syncs it to disk, renames it next to the corpus's
 * generations and then replaces {@code CURRENT} by an atomic rename. A crash at any moment (even
 * {@code kill -9}) thus leaves the old corpus or the new one; leftovers are removed when the store
 * next opens. Readers keep the immutable generation they opened, so an import never changes what
 * a running analysis sees. Commits, removals, renames and subcorpus changes are serialised; reads
 * of corpora are not. A generation of the previous format is upgraded when it is opened
 * ({@link FormatUpgrade}).
 */
final class CorpusStore implements CorpusRepository {
    /** Letters (Chinese included) and digits, '_', '.', '-', not first a '.' or '-'; marks after the first character. */
    private static final Pattern VALID_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{M}\\p{N}_.-]*");
    private static final int MAX_NAME_LENGTH = 100;
    private static final String CURRENT = "CURRENT";
    private static final String STAGING = ".staging-";
    private static final String TRASH = ".trash-";
    private static final String GENERATION = "g";

    private final Path root;
    private final Clock clock;
    private final Consumer<String> warnings;
    private final Consumer<String> notices;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, CorpusView> views = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();

    /**
     * @param root the folder of all corpora
     * @param clock stamps commits
     * @param warnings receives one sentence per corpus that cannot be opened (it stays on disk)
     */
    CorpusStore(Path root, Clock clock, Consumer<String> warnings) {
        this(root, clock, warnings, notice -> { });
    }

    /**
     * @param root the folder of all corpora
     * @param clock stamps commits
     * @param warnings receives one sentence per corpus that cannot be opened (it stays on disk)
     * @param notices receives one sentence per corpus upgraded to the current format
     */
    CorpusStore(Path root, Clock clock, Consumer<String> warnings, Consumer<String> notices) {
        this.root = root;
        this.clock = clock;
        this.warnings = warnings;
        this.notices = notices;
        try {
            Files.createDirectories(root);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (name.startsWith(STAGING) || name.startsWith(TRASH)) {
                        FileTree.delete(entry); // an interrupted commit or removal
                    } else if (Files.isDirectory(entry)) {
                        tryOpen(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot open the corpus store '" + root.getFileName() + "': " + IoProblems.reason(e), e);
        }
    }

    @Override
    public List<CorpusInfo> list() {
        List<CorpusInfo> list = new ArrayList<>();
        views.values().forEach(view -> list.add(view.info()));
        list.sort(Comparator.comparing(CorpusInfo::name));
        return list;
    }

    @Override
    public Optional<CorpusView> get(String name) {
        return Optional.ofNullable(name == null ? null : views.get(name));
    }

    @Override
    public CorpusWriter create(String name, Map<String, String> provenance, boolean replace) {
        checkName("corpus", name);
        if (!replace && views.containsKey(name)) {
            throw new CorpusException("Corpus '" + name + "' already exists");
        }
        Path staging = root.resolve(STAGING + UUID.randomUUID());
        try {
            Files.createDirectory(staging);
            return new StreamingCorpusWriter(name, staging, provenance, clock, json,
                    (folder, info) -> commit(name, folder, info, replace), () -> FileTree.deleteQuietly(staging));
        } catch (IOException e) {
            FileTree.deleteQuietly(staging);
            throw new CorpusException("Cannot create corpus '" + name + "': " + IoProblems.reason(e), e);
        }
    }

    @Override
    public boolean remove(String name) {
        synchronized (writeLock) {
            if (name == null || views.remove(name) == null) {
                return false;
            }
            Path trash = root.resolve(TRASH + UUID.randomUUID());
            FileTree.move(root.resolve(name), trash);
            FileTree.deleteQuietly(trash);
            return true;
        }
    }

    @Override
    public void rename(String name, String newName) {
        checkName("corpus", newName);
        synchronized (writeLock) {
            if (!views.containsKey(name)) {
                throw new NotFoundException("corpus", name);
            }
            if (views.containsKey(newName) || Files.exists(root.resolve(newName))) {
                throw new CorpusException("Cannot rename '" + name + "' to '" + newName + "': that name is taken");
            }
            FileTree.move(root.resolve(name), root.resolve(newName));
            views.remove(name);
            open(newName);
        }
    }

    @Override
    public Map<String, String> subcorpora(String corpus) {
        synchronized (writeLock) {
            Path folder = requireFolder(corpus);
            try {
                return Collections.unmodifiableMap(SubcorporaFile.read(folder, json));
            } catch (IOException e) {
                throw new CorpusException("Cannot read the subcorpora of corpus '" + corpus + "': " + IoProblems.reason(e), e);
            }
        }
    }

    @Override
    public void saveSubcorpus(String corpus, String name, String expression) {
        checkName("subcorpus", name);
        if (expression == null || expression.isBlank()) {
            throw new CorpusException("Subcorpus '" + name + "' needs a selection expression");
        }
        changeSubcorpora(corpus, subcorpora -> {
            subcorpora.put(name, expression);
            return true;
        });
    }

    @Override
    public boolean removeSubcorpus(String corpus, String name) {
        return changeSubcorpora(corpus, subcorpora -> name != null && subcorpora.remove(name) != null);
    }

    /** Reads, changes and, if the change says so, rewrites a corpus's subcorpora under the write lock. */
    private boolean changeSubcorpora(String corpus, Predicate<Map<String, String>> change) {
        synchronized (writeLock) {
            Path folder = requireFolder(corpus);
            try {
                Map<String, String> subcorpora = SubcorporaFile.read(folder, json);
                if (!change.test(subcorpora)) {
                    return false;
                }
                SubcorporaFile.write(folder, subcorpora, json);
                return true;
            } catch (IOException e) {
                throw new CorpusException("Cannot save the subcorpora of corpus '" + corpus + "': " + IoProblems.reason(e), e);
            }
        }
    }

    private Path requireFolder(String corpus) {
        if (corpus == null || !views.containsKey(corpus)) {
            throw new NotFoundException("corpus", corpus);
        }
        return root.resolve(corpus);
    }

    private CorpusInfo commit(String name, Path staging, StoredInfo info, boolean replace) {
        try {
            Files.write(staging.resolve(StoreLayout.INFO), json.writeValueAsBytes(info));
            FileTree.sync(staging);
        } catch (IOException e) {
            throw new CorpusException("Cannot store corpus '" + name + "': " + IoProblems.reason(e), e);
        }
        synchronized (writeLock) {
            Path corpus = root.resolve(name);
            boolean exists = views.containsKey(name);
            if (exists && !replace) {
                throw new CorpusException("Corpus '" + name + "' already exists");
            }
            try {
                if (exists) {
                    String previous = current(corpus);
                    String next = nextGeneration(previous);
                    FileTree.move(staging, corpus.resolve(next));
                    point(corpus, next);
                    FileTree.deleteQuietly(corpus.resolve(previous));
                } else {
                    Path wrapper = root.resolve(STAGING + UUID.randomUUID());
                    Files.createDirectory(wrapper);
                    String first = nextGeneration(null);
                    FileTree.move(staging, wrapper.resolve(first));
                    point(wrapper, first);
                    FileTree.move(wrapper, corpus);
                }
                FileTree.syncFolder(root);
            } catch (IOException e) {
                throw new CorpusException("Cannot store corpus '" + name + "': " + IoProblems.reason(e), e);
            }
            return open(name).info();
        }
    }

    private void tryOpen(String name) {
        try {
            open(name);
        } catch (CorpusException e) {
            // open() has warned; the folder stays untouched and the other corpora open
        }
    }

    /** Opens a corpus folder, removing generations an interrupted commit left behind. */
    private CorpusView open(String name) {
        Path corpus = root.resolve(name);
        try {
            String current = current(corpus);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(corpus)) {
                for (Path entry : entries) {
                    String file = entry.getFileName().toString();
                    if (!file.equals(current) && !file.equals(CURRENT) && !file.equals(SubcorporaFile.NAME)) {
                        FileTree.delete(entry);
                    }
                }
            }
            Path generation = corpus.resolve(current);
            StoredInfo info = json.readValue(generation.resolve(StoreLayout.INFO).toFile(), StoredInfo.class);
            if (info.format() == StoreLayout.UPGRADABLE_FORMAT) {
                info = upgrade(name, generation, info);
            }
            if (info.format() != StoreLayout.FORMAT) {
                throw new CorpusException("it is stored in format " + info.format() + ", this version reads format "
                        + StoreLayout.FORMAT + " (and upgrades format " + StoreLayout.UPGRADABLE_FORMAT + "); rebuild it with "
                        + "corpus:delete " + name + " and corpus:load --name " + name + " "
                        + info.info().provenance().getOrDefault(CorpusInfo.ORIGIN, "<its files>"));
            }
            CorpusView view = new MappedCorpusView(name, generation, info, json, FileTree.size(generation));
            views.put(name, view);
            return view;
        } catch (IOException | CorpusException e) {
            String problem = e instanceof CorpusException ? e.getMessage()
                    : e instanceof IOException io ? IoProblems.reason(io) : e.getClass().getSimpleName();
            warnings.accept("Corpus '" + name + "' in '" + corpus + "' cannot be opened and is left as it is: " + problem);
            throw new CorpusException("Cannot open corpus '" + name + "': " + problem, e);
        } catch (RuntimeException e) {
            warnings.accept("Corpus '" + name + "' in '" + corpus + "' cannot be opened and is left as it is: " + e);
            throw new CorpusException("Cannot open corpus '" + name + "': " + e.getClass().getSimpleName(), e);
        }
    }

    private StoredInfo upgrade(String name, Path generation, StoredInfo info) {
        long started = System.nanoTime();
        try {
            StoredInfo upgraded = FormatUpgrade.upgrade(generation, info, json);
            notices.accept("Corpus '" + name + "' was brought from store format " + info.format() + " to " + upgraded.format()
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return upgraded;
        } catch (IOException | RuntimeException e) {
            String problem = e instanceof IOException io ? IoProblems.reason(io)
                    : e instanceof CorpusException ? e.getMessage() : e.toString();
            throw new CorpusException("it is stored in format " + info.format() + " and could not be brought to format "
                    + StoreLayout.FORMAT + " (" + problem + "); the stored corpus is unchanged", e);
        }
    }

    private static String current(Path corpus) throws IOException {
        return Files.readString(corpus.resolve(CURRENT), StandardCharsets.UTF_8).trim();
    }

    /** Replaces the CURRENT pointer by writing a new file and renaming it over the old one. */
    private static void point(Path corpus, String generation) throws IOException {
        Path next = corpus.resolve(CURRENT + ".next");
        Files.writeString(next, generation, StandardCharsets.UTF_8);
        FileTree.syncFile(next);
        FileTree.move(next, corpus.resolve(CURRENT));
        FileTree.syncFolder(corpus);
    }

    private static String nextGeneration(String previous) {
        long number = previous == null ? 1 : Long.parseLong(previous.substring(GENERATION.length())) + 1;
        return String.format("%s%06d", GENERATION, number);
    }

    /** Corpus and subcorpus names follow one rule, so either can name a folder or a file safely. */
    private static void checkName(String kind, String name) {
        if (name == null || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH || !VALID_NAME.matcher(name).matches()
                || !Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            String shown = name == null ? "" : name.codePoints().limit(40).map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    + (name.codePointCount(0, name.length()) > 40 ? "..." : "");
            throw new CorpusException("Invalid " + kind + " name '" + shown + "': use letters (Chinese included), digits, '_', '.' "
                    + "and '-', at most " + MAX_NAME_LENGTH + " characters, not starting with '.' or '-', in Unicode NFC");
        }
    }
}
