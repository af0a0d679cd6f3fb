package org.corpusbench.commands.internal;

import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.SourceReport;

/** {@code corpus:load}: imports a file or folder as a new corpus. */
@Service
@Command(scope = "corpus", name = "load", description = "Loads a .txt file or a folder of them as a new corpus, "
        + "detecting each file's encoding; Ctrl-C cancels",
        detailedDescription = "Examples:\n"
            + "  corpus:load --name mine data/import/articles\n"
            + "      a folder of .txt files as the corpus mine\n"
            + "  corpus:load --name mine --add data/import/more.zip\n"
            + "      add an archive's files to mine\n"
            + "  corpus:load --name hk --clean fold.traditional=true data/import/hk.txt\n"
            + "      fold traditional characters while loading\n"
            + "  corpus:load --name lc --dict liaocheng seeds\n"
            + "      segment with jieba and the user dictionary liaocheng (see corpus:dict-add)")
public class LoadCommand implements Action {
    @Reference
    CorpusImporter importer;

    @Reference
    CorpusRepository repository;

    @Reference(optional = true)
    Session session;

    @Option(name = "--name", description = "Corpus name (default: the file or folder name)")
    @Completion(CorpusNameCompleter.class)
    String name;

    @Option(name = "--add", description = "Add to the existing corpus named by --name instead of creating one")
    boolean add;

    @Option(name = "--encoding", description = "Decode every file with this charset (GB18030, Big5, UTF-16LE, ...) instead "
            + "of detecting it")
    String encoding;

    @Option(name = "--include", multiValued = true, description = "Only files whose path in the folder matches this glob "
            + "(news/**, **2024*); repeat for more")
    List<String> include;

    @Option(name = "--exclude", multiValued = true, description = "Skip files whose path in the folder matches this glob")
    List<String> exclude;

    @Option(name = "--loader", description = "Use this loader (text, zip, table, segmented, parquet) instead of choosing by the "
            + "path; segmented reads space-separated text (and CWB .vrt files) and keeps its tokens as given, parquet reads the "
            + "Spark job's corpus.parquet and keeps its documents, ids, metadata and tokens as given")
    String loader;

    @Option(name = "--text-column", description = "The column (CSV, TSV) or field (JSON Lines) that holds each row's text; "
            + "default: text, content, body, 正文, 内容 or 文本")
    String textColumn;

    @Option(name = "--segmenter", description = "Segment with this installed segmenter (see corpus:segmenters) instead of the "
            + "configured one; the corpus's provenance names it")
    @Completion(SegmenterCompleter.class)
    String segmenter;

    @Option(name = "--dict", multiValued = true, description = "Add this user dictionary (see corpus:dicts) to the segmenter's "
            + "own; repeat for more, a later one winning for a word; the provenance records each with its SHA-256")
    @Completion(DictionaryNameCompleter.class)
    List<String> dictionaries;

    @Option(name = "--clean", multiValued = true, description = "A cleaning setting for this load only, as key=value: "
            + "<stage>.<setting>, a setting only one stage has (fold.traditional=true), or <stage>.enabled=false; "
            + "repeat for more. corpus:cleaning lists them; the corpus records them and corpus:reclean reuses them")
    List<String> clean;

    @Argument(index = 0, name = "path", required = true,
            description = "A .txt file, a folder, a .zip archive, or a table (.csv, .tsv, .jsonl) with a document per row")
    @Completion(FileCompleter.class)
    String path;

    @Override
    public Object execute() {
        Path source = Path.of(path).toAbsolutePath().normalize();
        String corpusName = name != null ? name : defaultName(source);
        ConsoleProgress progress = ConsoleProgress.of(session);
        try {
            LoadOptions options = LoadOptions.DEFAULTS.withEncoding(encoding)
                    .withPatterns(include == null ? List.of() : include, exclude == null ? List.of() : exclude)
                    .withTextColumn(textColumn).withLoader(loader).withCleaning(LoadOptions.cleaningSettings(clean))
                    .withSegmenter(segmenter, dictionaries == null ? List.of() : dictionaries);
            if (add && name == null) {
                throw new CorpusException("--add needs --name: the corpus to add to");
            }
            CorpusInfo info = add ? importer.extend(corpusName, source, options, progress)
                    : importer.importPath(corpusName, source, options, progress);
            progress.finish();
            System.out.println("Loaded corpus '" + info.name() + "': " + info.sources() + " sources, " + info.documents()
                    + " documents, " + info.tokens() + " tokens, " + info.types() + " types" + CleanArguments.recorded(info));
            LoadReport report = repository.require(info.name()).loadReport();
            System.out.println("Inputs: " + report.summary());
            report.sources().stream().filter(r -> r.outcome() != SourceReport.Outcome.READ)
                    .forEach(r -> System.out.println("  " + r.outcome().name().toLowerCase() + ": " + r.problem()));
        } catch (RuntimeException e) {
            progress.cancelledOrRethrow(e, System.out, add ? "corpus '" + corpusName + "' is as it was"
                    : "corpus '" + corpusName + "' was not stored");
        }
        return null;
    }

    private static String defaultName(Path source) {
        String file = source.getFileName() == null ? "corpus" : source.getFileName().toString();
        return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
    }
}
