package org.corpusbench.loader.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;

/**
 * Reads the segmented corpus the Spark job writes ({@code corpus.parquet}: a folder of
 * {@code part-*.parquet} files with {@code _SUCCESS}, or one {@code .parquet} file, or a zip of
 * either) into one pre-segmented {@link LoadedSource} per document row, in the rows' {@code index}
 * order; see {@link DocumentRow} for the columns. The whole input is checked before the first
 * source is handed on: its columns, a gapless {@code index} from 0 and unique ids, so a bad input
 * loads nothing; each row's tokens are checked as it is read. Thread-safe: it keeps no state.
 */
public final class ParquetCorpusReader {
    /** A Parquet file's name ends so. */
    public static final String EXTENSION = ".parquet";
    /** The file a Spark job leaves in a folder it finished writing. */
    public static final String SUCCESS = "_SUCCESS";

    /**
     * @param path a file or folder
     * @return whether it is a {@code .parquet} file, a folder with {@code _SUCCESS} and
     *         {@code .parquet} files, or a zip that holds only such a folder's files
     */
    public boolean accepts(Path path) {
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(EXTENSION) || name.endsWith(".zip") && ZippedParquet.holdsParquet(path);
        }
        return Files.isRegularFile(path.resolve(SUCCESS)) && !parts(path).isEmpty();
    }

    /**
     * Reads every document row, as the {@code parquet} loader does.
     *
     * @param path a path this reader {@link #accepts(Path) accepts}
     * @param options unused: Parquet text is UTF-8 and already cleaned and segmented
     * @param sink receives the rows' sources in index order
     * @param skipped receives nothing: a bad row refuses the whole input
     * @param progress reports rows read; checked for cancellation between rows
     * @throws CorpusException naming the file and the problem if the input is not a readable
     *         document Parquet (columns, index, ids, tokens)
     */
    public void read(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress) {
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (ZippedParquet unzipped = ZippedParquet.extract(path)) {
                readFiles(unzipped.folder(), parts(unzipped.folder()), sink, progress);
            }
            return;
        }
        List<Path> files = Files.isDirectory(path) ? parts(path) : List.of(path);
        if (files.isEmpty()) {
            throw new CorpusException("'" + path.getFileName() + "' holds no " + EXTENSION + " file");
        }
        readFiles(Files.isDirectory(path) ? path : path.getParent(), files, sink, progress);
    }

    private static void readFiles(Path folder, List<Path> files, Consumer<LoadedSource> sink, Progress progress) {
        List<ParquetPart> parts = new ArrayList<>();
        for (Path file : files) {
            String name = folder == null ? file.getFileName().toString()
                    : (folder.getFileName() == null ? "" : folder.getFileName() + "/") + file.getFileName();
            parts.add(ParquetPart.index(file, name));
        }
        long rows = checkIndexAndIds(parts, files.size() == 1 ? parts.get(0).name() : folder.getFileName().toString());
        parts.sort(Comparator.comparingLong(ParquetPart::firstIndex));
        // Spark writes each part in index order, so this holds one row at a time; rows out of order wait here
        TreeMap<Long, LoadedSource> waiting = new TreeMap<>();
        long[] next = {0};
        for (ParquetPart part : parts) {
            part.read(row -> {
                progress.checkCancelled();
                waiting.put(row.index(), row.source(part.name()));
                while (!waiting.isEmpty() && waiting.firstKey() == next[0]) {
                    sink.accept(waiting.pollFirstEntry().getValue());
                    next[0]++;
                }
                progress.report("loading", next[0], rows);
            });
        }
    }

    /**
     * @return how many rows there are
     * @throws CorpusException if an index is missing, repeated or not from 0, or an id repeated
     */
    private static long checkIndexAndIds(List<ParquetPart> parts, String input) {
        long rows = parts.stream().mapToLong(part -> part.indexes().length).sum();
        long[] all = new long[Math.toIntExact(rows)];
        int at = 0;
        for (ParquetPart part : parts) {
            System.arraycopy(part.indexes(), 0, all, at, part.indexes().length);
            at += part.indexes().length;
        }
        Arrays.sort(all);
        for (int i = 0; i < all.length; i++) {
            if (all[i] != i) {
                boolean twice = i > 0 && all[i] == all[i - 1];
                throw new CorpusException("'" + (twice ? partWith(parts, all[i]) : input) + "': document index "
                        + (twice ? all[i] + " is given twice" : i + " is missing")
                        + " (the rows' index must run from 0 to " + (rows - 1) + " without gaps, as the Spark job writes it)");
            }
        }
        Map<String, String> firstPart = new HashMap<>();
        for (ParquetPart part : parts) {
            for (String id : part.ids()) {
                String before = firstPart.putIfAbsent(id, part.name());
                if (before != null) {
                    throw new CorpusException("'" + part.name() + "': document id '" + id + "' is given twice"
                            + (before.equals(part.name()) ? "" : " (also in '" + before + "')"));
                }
            }
        }
        return rows;
    }

    private static String partWith(List<ParquetPart> parts, long index) {
        return parts.stream().filter(part -> Arrays.stream(part.indexes()).anyMatch(i -> i == index)).map(ParquetPart::name)
                .findFirst().orElse(parts.get(parts.size() - 1).name());
    }

    /** @return a folder's {@code .parquet} files by name, without hidden and {@code _} files */
    static List<Path> parts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return Files.isRegularFile(file) && name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) && !name.startsWith(".")
                        && !name.startsWith("_");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
