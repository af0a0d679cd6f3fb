package org.corpusbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;

/**
 * What one run of the job does, from its command line. The load's options are {@code corpus:load}'s
 * ({@code --loader}, {@code --encoding}, {@code --text-column}, {@code --include}, {@code --exclude},
 * {@code --clean key=value}, {@code --segmenter}, {@code --dict}); the stages' configuration is given
 * with the keys of their Config Admin configurations ({@code --config <pid>.<key>=<value>}); each
 * analysis takes the workbench's parameters ({@code --frequency min_count=2}, {@code --collocates
 * query=发展}, {@code --keywords selection=date=--03-03}).
 *
 * @param input the file or folder to load, a Hadoop file system path ({@code hdfs://...}, {@code file:/...} or local)
 * @param output the folder to write, which must not exist
 * @param name the corpus's name, recorded in the results' provenance
 * @param master the Spark master for a run outside spark-submit (such as {@code local[2]}), or null
 * @param loader text, zip, table or segmented; null to choose by the input as {@code corpus:load} does
 * @param encoding the charset to decode with, or null to detect
 * @param textColumn a table's text column, or null to find it
 * @param include glob patterns a folder's file must match one of
 * @param exclude glob patterns no file may match
 * @param cleaning per-load cleaning settings, as {@code corpus:load --clean}
 * @param configuration each stage's Config Admin configuration by its PID, for keys given
 * @param segmenter jieba or jieba-pos
 * @param dictionaries user dictionary name to its file (jieba's format), in order
 * @param analyses each analysis's given parameters; collocates and keywords run only when given
 * @param partitions how many pieces cleaning and segmentation are cut into; 0 for three per core
 */
record JobSettings(String input, String output, String name, String master, String loader, String encoding,
        String textColumn, List<String> include, List<String> exclude, Map<String, String> cleaning,
        Map<String, Map<String, String>> configuration, String segmenter, Map<String, String> dictionaries,
        Map<String, Map<String, String>> analyses, int partitions) implements Serializable {

    static final String USAGE = """
            Usage: CorpusJob --input <path> --output <folder> [--name <corpus>] [--master local[2]]
                [--loader text|zip|table|segmented] [--encoding <charset>] [--text-column <column>]
                [--include <glob>]... [--exclude <glob>]... [--clean <key>=<value>]...
                [--config <pid>.<key>=<value>]... [--segmenter jieba|jieba-pos] [--dict <name>=<file>]...
                [--frequency <parameter>=<value>]... [--ngrams <parameter>=<value>]...
                [--collocates query=<word> [<parameter>=<value>]...] [--keywords selection=<selection> [<parameter>=<value>]...]
                [--partitions <n>]""";
    static final List<String> ANALYSES = List.of("frequency", "ngrams", "collocates", "keywords");

    /** @throws CorpusException naming the argument that is missing or wrong, with the usage */
    static JobSettings parse(String... args) {
        Map<String, String> single = new LinkedHashMap<>();
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        Map<String, String> cleaning = new TreeMap<>();
        Map<String, Map<String, String>> configuration = new TreeMap<>();
        Map<String, String> dictionaries = new LinkedHashMap<>();
        Map<String, Map<String, String>> analyses = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--") || i + 1 == args.length) {
                throw usage(option.startsWith("--") ? option + " needs a value" : "unexpected '" + option + "'");
            }
            String value = args[++i];
            String key = option.substring(2);
            switch (key) {
                case "input", "output", "name", "master", "loader", "encoding", "text-column", "segmenter", "partitions" ->
                        single.put(key, value);
                case "include" -> include.add(value);
                case "exclude" -> exclude.add(value);
                case "clean" -> put(cleaning, option, value);
                case "config" -> configure(configuration, value);
                case "dict" -> put(dictionaries, option, value);
                default -> {
                    if (!ANALYSES.contains(key)) {
                        throw usage("unknown option " + option);
                    }
                    put(analyses.computeIfAbsent(key, k -> new LinkedHashMap<>()), option, value);
                }
            }
        }
        for (String required : List.of("input", "output")) {
            if (!single.containsKey(required)) {
                throw usage("--" + required + " is missing");
            }
        }
        String segmenter = single.getOrDefault("segmenter", "jieba");
        if (!PipelineAssembly.SEGMENTERS.contains(segmenter)) {
            throw usage("unknown segmenter '" + segmenter + "': the Spark job runs " + String.join(", ", PipelineAssembly.SEGMENTERS));
        }
        int partitions;
        try {
            partitions = Integer.parseInt(single.getOrDefault("partitions", "0"));
        } catch (NumberFormatException e) {
            throw usage("--partitions takes a number, not '" + single.get("partitions") + "'");
        }
        return new JobSettings(single.get("input"), single.get("output"), single.getOrDefault("name", "spark"),
                single.get("master"), single.get("loader"), single.get("encoding"), single.get("text-column"),
                List.copyOf(include), List.copyOf(exclude), cleaning, configuration, segmenter,
                dictionaries, analyses, partitions);
    }

    /** @return the load's options, as {@code corpus:load} makes them from the same arguments */
    LoadOptions loadOptions() {
        return new LoadOptions(encoding, LoadOptions.DEFAULT_MAX_DOCUMENT_BYTES, include, exclude, textColumn, loader, cleaning,
                segmenter, List.copyOf(dictionaries.keySet()));
    }

    /** @return the parameters given to an analysis, none if it was not named */
    Map<String, String> given(String analysis) {
        return analyses.getOrDefault(analysis, Map.of());
    }

    private static void put(Map<String, String> map, String option, String keyValue) {
        int equals = keyValue.indexOf('=');
        if (equals < 1) {
            throw usage(option + " takes key=value, not '" + keyValue + "'");
        }
        map.put(keyValue.substring(0, equals), keyValue.substring(equals + 1));
    }

    /** {@code <pid>.<key>=<value>}: the PID is one of the stages', the key what follows it. */
    private static void configure(Map<String, Map<String, String>> configuration, String setting) {
        for (String pid : PipelineAssembly.PIDS) {
            if (setting.startsWith(pid + ".")) {
                put(configuration.computeIfAbsent(pid, p -> new TreeMap<>()), "--config", setting.substring(pid.length() + 1));
                return;
            }
        }
        throw usage("--config takes <pid>.<key>=<value> with the PID of a cleaning stage (" + String.join(", ",
                PipelineAssembly.PIDS) + "), not '" + setting + "'");
    }

    private static CorpusException usage(String problem) {
        return new CorpusException(problem + "\n" + USAGE);
    }
}
