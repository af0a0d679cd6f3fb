package org.corpusbench.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.Document;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.UserDictionary;
import org.corpusbench.cleaning.pipeline.PreparedPipeline;
import org.corpusbench.loader.text.SegmentedReader;
import org.corpusbench.loader.text.TableReader;
import org.corpusbench.loader.text.TextFileReader;
import org.corpusbench.loader.text.ZipReader;

/**
 * The workbench's import on Spark: the input is listed on the driver as {@code corpus:load} lists it
 * (a folder's {@code .txt} files in path order, through the include and exclude patterns; or one
 * text file, zip archive, table or vertical file), each file is read and decoded by the text loader's
 * own readers where it is, the sources are spread over the cluster, and each is cleaned, split and
 * segmented by the same pipeline and segmenter ({@link PipelineAssembly}). Documents are numbered in
 * load order: sources as the loader gives them, documents as the splitter cuts them. A source that
 * comes with its own tokens (vertical or {@code word/tag} text) is stored as given, as an import does.
 */
final class SparkImport {
    /** As the importer marks a document stored with its source's tokens. */
    static final String SEGMENTATION = "segmentation";
    static final String AS_GIVEN = "as given";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** A file to read: its place in load order, its source id (path in the folder, or name), its full path. */
    record InputFile(int order, String id, String path, long bytes) implements Serializable {
    }

    /** A loaded source, or a skipped input's report, with its place in load order: file, then entry in the file. */
    record Loaded(int file, int entry, String id, String location, Map<String, String> metadata, String text,
            List<Row> tokens, Map<String, Object> report) implements Serializable {
        boolean skipped() {
            return text == null;
        }
    }

    /**
     * @param documents the documents, numbered in load order ({@link DocumentRows#SCHEMA}), with their count
     * @param reports every input's load report, in load order, as JSON objects
     * @param cleaning each cleaned source's cleaning report, in load order, as JSON objects
     * @param provenance what an import records: loader, cleaning, segmenter, origin
     * @param inputBytes the size of the files read
     * @param staged the one pass's rows, which {@code documents} reads from Spark's cache until {@link #release}d
     */
    record Result(Staged.Numbered documents, List<Map<String, Object>> reports, List<Map<String, Object>> cleaning,
            Map<String, String> provenance, long inputBytes, Dataset<Row> staged) {
        /** Frees the cache, once the documents are written. */
        void release() {
            staged.unpersist();
        }
    }

    private SparkImport() {
    }

    static Result run(SparkSession session, JobSettings settings) throws IOException {
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
        Configuration hadoop = spark.hadoopConfiguration();
        LoadOptions options = settings.loadOptions();
        Path input = new Path(settings.input());
        FileSystem fs = input.getFileSystem(hadoop);
        if (!fs.exists(input)) {
            throw new CorpusException("Cannot load '" + input.getName() + "': no such file or folder");
        }
        FileStatus status = fs.getFileStatus(input);
        String loader = loader(settings.loader(), status);
        List<InputFile> files = files(fs, status, loader, options);
        List<UserDictionary> dictionaries = PipelineAssembly.dictionaries(settings, hadoop);
        Map<String, String> dictionaryTexts = PipelineAssembly.texts(dictionaries); // what Spark can ship
        PreparedPipeline cleaning = PipelineAssembly.cleaning(settings); // a refused setting fails here, on the driver
        Broadcast<SerializableWritable<Configuration>> conf = spark.broadcast(new SerializableWritable<>(hadoop));
        boolean folder = status.isDirectory();

        // Pieces of at most about 8 MB of input (and at least four per core): a piece's documents are cached as
        // one run of column batches, which 1 GB in 8 pieces made larger than an 8 GB heap.
        long inputBytes = files.stream().mapToLong(InputFile::bytes).sum();
        int slices = (int) Math.max(1, Math.min(files.size(), Math.max(spark.defaultParallelism() * 4L, inputBytes / (8L << 20))));
        JavaRDD<Loaded> loaded = spark.parallelize(files, slices)
                .flatMap(file -> read(file, loader, folder, settings.loadOptions(), conf.value().value()).iterator());
        int partitions = settings.partitions() > 0 ? settings.partitions() : spark.defaultParallelism() * 3;
        if (files.size() < partitions) { // one archive or table: spread its sources before the costly part
            loaded = loaded.repartition(partitions);
        }
        // Read, cleaned and segmented in one pass, kept as Spark SQL's columnar cache: each input's report, each
        // source's cleaning report and documents, by place in load order.
        Dataset<Row> staged = session.createDataFrame(loaded.mapPartitions(sources -> cleanAndSegment(sources, settings,
                PipelineAssembly.dictionaries(dictionaryTexts))), Staged.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        List<Map<String, Object>> reports = inOrder(staged, Staged.LOAD_REPORT);
        if (!reports.isEmpty() && reports.stream().allMatch(report -> "SKIPPED".equals(report.get("outcome")))) {
            throw new CorpusException("Nothing could be loaded from '" + input.getName() + "': " + reports.size()
                    + " inputs skipped" + reports.stream().limit(3).map(r -> "; " + r.get("problem")).reduce("", String::concat));
        }
        List<Map<String, Object>> cleaningReports = inOrder(staged, Staged.CLEANING_REPORT);
        Staged.Numbered documents = Staged.numbered(session, staged);
        Map<String, String> provenance = new HashMap<>();
        provenance.put(org.corpusbench.api.CorpusInfo.LOADER, loader);
        provenance.putAll(cleaning.provenance());
        provenance.putAll(PipelineAssembly.segmenterProvenance(settings, dictionaries));
        provenance.put(org.corpusbench.api.CorpusInfo.ORIGIN, fs.makeQualified(input).toString());
        if (options.encodingGiven()) {
            provenance.put(org.corpusbench.api.CorpusInfo.ENCODING, options.encoding());
        }
        return new Result(documents, reports, cleaningReports, provenance, inputBytes, staged);
    }

    /** The loader {@code corpus:load} would choose: a folder's text files, or by the file's name. */
    private static String loader(String given, FileStatus status) {
        String name = status.getPath().getName();
        if (given != null) {
            if (!List.of("text", "zip", "table", "segmented").contains(given)) {
                throw new CorpusException("Unknown loader '" + given + "': the Spark job reads with text, zip, table or segmented");
            }
            if (status.isDirectory() && !given.equals("text")) {
                throw new CorpusException("The " + given + " loader reads a file, and '" + name + "' is a folder");
            }
            return given;
        }
        if (status.isDirectory() || name.endsWith(TextFileReader.EXTENSION)) {
            return "text";
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return "zip";
        }
        if (TableReader.isTable(name)) {
            return "table";
        }
        if (SegmentedReader.isVertical(name)) {
            return "segmented";
        }
        throw new CorpusException("Cannot load '" + name + "': no loader reads it (a folder of .txt files, a .txt, .zip, "
                + "table or vertical file)");
    }

    private static List<InputFile> files(FileSystem fs, FileStatus status, String loader, LoadOptions options)
            throws IOException {
        Path root = status.getPath();
        if (!status.isDirectory()) {
            return List.of(new InputFile(0, root.getName(), root.toString(), status.getLen()));
        }
        String prefix = root.toUri().getPath();
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        Map<String, FileStatus> paths = new HashMap<>();
        listFiles(fs, root, prefix, paths);
        List<String> ids = TextFileReader.inFolder(new ArrayList<>(paths.keySet()), options);
        if (ids.isEmpty()) {
            boolean filtered = !options.include().isEmpty() || !options.exclude().isEmpty();
            throw new CorpusException("Cannot load '" + root.getName() + "': it holds no " + TextFileReader.EXTENSION + " files"
                    + (filtered ? " that the include and exclude patterns let through" : ""));
        }
        List<InputFile> files = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            FileStatus file = paths.get(ids.get(i));
            files.add(new InputFile(i, ids.get(i), file.getPath().toString(), file.getLen()));
        }
        return files;
    }

    /**
     * Adds the files under a folder, by path below {@code prefix}. Walks with {@code listStatus}, not
     * {@code listFiles}: the local file system's located statuses read each file's permissions by running
     * {@code stat}, a process per file (43 of the 110 s of 200 MB in 13,474 files, on the driver alone).
     */
    private static void listFiles(FileSystem fs, Path folder, String prefix, Map<String, FileStatus> paths) throws IOException {
        for (FileStatus child : fs.listStatus(folder)) {
            if (child.isDirectory()) {
                listFiles(fs, child.getPath(), prefix, paths);
            } else if (child.isFile()) {
                String path = child.getPath().toUri().getPath();
                if (path.startsWith(prefix)) {
                    paths.put(path.substring(prefix.length()), child);
                }
            }
        }
    }

    /** Reads one input with the text loader's readers: its sources and the reports of what it skipped. */
    private static List<Loaded> read(InputFile file, String loader, boolean inFolder, LoadOptions options, Configuration hadoop)
            throws IOException {
        Path path = new Path(file.path());
        byte[] bytes;
        try (InputStream in = path.getFileSystem(hadoop).open(path)) {
            bytes = in.readAllBytes();
        }
        List<Loaded> out = new ArrayList<>();
        Consumer<LoadedSource> sink = source -> out.add(loaded(file.order(), out.size(), source));
        Consumer<SourceReport> skipped = report -> out.add(new Loaded(file.order(), out.size(), report.location(),
                report.location(), Map.of(), null, null, json(report)));
        switch (loader) {
            case "text" -> {
                if (inFolder) {
                    new TextFileReader().readInFolder(file.id(), bytes, options, sink, skipped);
                } else {
                    sink.accept(new TextFileReader().read(file.id(), bytes, options));
                }
            }
            case "zip" -> new ZipReader().read(file.id(), new ByteArrayInputStream(bytes), options, sink, skipped, Progress.NONE);
            case "table" -> new TableReader().read(file.id(), bytes, options, sink, skipped, Progress.NONE);
            default -> new SegmentedReader().read(file.id(), bytes, options, sink, skipped, Progress.NONE);
        }
        return out;
    }

    private static Loaded loaded(int file, int entry, LoadedSource source) {
        List<Row> tokens = null;
        if (source.tokens() != null) {
            tokens = new ArrayList<>(source.tokens().size());
            for (Token token : source.tokens()) {
                tokens.add(DocumentRows.token(token));
            }
        }
        return new Loaded(file, entry, source.source().id(), source.source().location(),
                new HashMap<>(source.source().metadata()), source.text(), tokens, json(source.report()));
    }

    /** Cleans, splits and segments a partition's sources, with one pipeline and the executor's segmenter: {@link Staged} rows. */
    private static Iterator<Row> cleanAndSegment(Iterator<Loaded> sources, JobSettings settings, List<UserDictionary> dictionaries) {
        PreparedPipeline pipeline = PipelineAssembly.cleaning(settings);
        Segmenter segmenter = PipelineAssembly.segmenter(settings, dictionaries);
        List<Row> out = new ArrayList<>();
        while (sources.hasNext()) {
            Loaded loaded = sources.next();
            String loadReport = text(loaded.report());
            if (loaded.skipped()) {
                out.add(Staged.report(loaded.file(), loaded.entry(), loadReport));
                continue;
            }
            Source source = new Source(loaded.id(), loaded.location(), loaded.metadata());
            if (loaded.tokens() != null) { // pre-segmented: stored as given, neither cleaned nor segmented
                Document document = new Document(source.id(), source.id(), Map.of(SEGMENTATION, AS_GIVEN), loaded.text(),
                        loaded.text());
                out.add(Staged.document(loaded.file(), loaded.entry(), 0, loadReport, null, document, tokensOf(loaded.tokens())));
                continue;
            }
            PreparedCleaning.CleanedSource cleaned = pipeline.clean(source, loaded.text());
            List<PreparedCleaning.CleanedDocument> documents = cleaned.documents();
            if (documents.isEmpty()) {
                out.add(Staged.report(loaded.file(), loaded.entry(), loadReport)); // nothing left to store, but it was read
            }
            for (int i = 0; i < documents.size(); i++) {
                Document document = documents.get(i).document();
                out.add(Staged.document(loaded.file(), loaded.entry(), i, i == 0 ? loadReport : null,
                        i == 0 ? text(cleaned.report()) : null, document, segmenter.segment(document.cleanedText())));
            }
        }
        return out.iterator();
    }

    private static List<Token> tokensOf(List<Row> rows) {
        List<Token> tokens = new ArrayList<>(rows.size());
        for (Row token : rows) {
            tokens.add(new Token(token.getString(DocumentRows.WORD_AT), token.getInt(DocumentRows.START_AT),
                    token.getInt(DocumentRows.END_AT), TokenType.valueOf(token.getString(DocumentRows.TYPE_AT)),
                    token.isNullAt(DocumentRows.TAG_AT) ? null : token.getString(DocumentRows.TAG_AT)));
        }
        return tokens;
    }

    /** A report as a JSON object, which Spark can ship and the job writes as the workbench's report. */
    static Map<String, Object> json(Object report) {
        return new HashMap<>(JSON.convertValue(report, MAP));
    }

    private static String text(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A report that Jackson cannot write: " + json, e);
        }
    }

    /** The reports in one of the staged columns, in load order, as JSON objects. */
    private static List<Map<String, Object>> inOrder(Dataset<Row> staged, String column) {
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Row row : staged.filter(functions.col(column).isNotNull())
                .orderBy(Staged.FILE, Staged.ENTRY).select(column).collectAsList()) {
            try {
                reports.add(JSON.readValue(row.getString(0), MAP));
            } catch (IOException e) {
                throw new IllegalStateException("A report written here does not read back", e);
            }
        }
        return reports;
    }
}
