package org.corpusbench.spark;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.UserDictionary;
import org.corpusbench.cleaning.newspaper.NewspaperStages;
import org.corpusbench.cleaning.pipeline.CleaningStages;
import org.corpusbench.cleaning.pipeline.PreparedPipeline;
import org.corpusbench.cleaning.text.TextSteps;
import org.corpusbench.jieba.engine.Jieba;
import org.corpusbench.jieba.engine.JiebaPos;

/**
 * The workbench's cleaning pipeline and segmenter, assembled in plain Java as the workbench's
 * services assemble them: every cleaning stage of the distribution, built from its Config Admin
 * configuration (the job's {@code --config} keys, the metatype defaults for the rest) with the
 * service properties the workbench registers it with, prepared with the load's settings; the
 * segmenter by name with the user dictionaries added, and the provenance an import records of it.
 */
final class PipelineAssembly {
    /** The configuration PIDs of the cleaning stages, longest first so that a key's PID is found by prefix. */
    static final List<String> PIDS = List.of(NewspaperStages.REJOIN_LINES_PID, NewspaperStages.FURNITURE_PID,
                    NewspaperStages.ARTICLES_PID, TextSteps.WHITESPACE_PID, TextSteps.WIDTH_PID).stream()
            .sorted((a, b) -> b.length() - a.length()).toList();
    /** The segmenters the job can run. */
    static final List<String> SEGMENTERS = List.of("jieba", "jieba-pos");
    /**
     * One segmenter per name and dictionaries in each executor JVM: building jieba's engine takes about a
     * second and its memory, and an engine serves every thread. Holds only immutable segmenters.
     */
    private static final Map<String, Segmenter> SEGMENTERS_BUILT = new ConcurrentHashMap<>();

    private PipelineAssembly() {
    }

    /**
     * @param settings the job's settings
     * @return the cleaning pipeline of the load, as {@code corpus:load} with the same settings prepares it
     * @throws CorpusException if a setting is unknown or refused, naming it
     */
    static PreparedPipeline cleaning(JobSettings settings) {
        CleaningStages stages = new CleaningStages(0, 0, Duration.ZERO);
        Map<String, String> whitespace = configuration(settings, TextSteps.WHITESPACE_PID);
        Map<String, String> width = configuration(settings, TextSteps.WIDTH_PID);
        Map<String, String> furniture = configuration(settings, NewspaperStages.FURNITURE_PID);
        Map<String, String> rejoin = configuration(settings, NewspaperStages.REJOIN_LINES_PID);
        Map<String, String> articles = configuration(settings, NewspaperStages.ARTICLES_PID);
        stages.steps().bind(TextSteps.whitespace(whitespace), TextSteps.whitespaceProperties(whitespace));
        stages.steps().bind(TextSteps.width(width), TextSteps.widthProperties(width));
        stages.steps().bind(NewspaperStages.furniture(furniture), NewspaperStages.furnitureProperties(furniture));
        stages.steps().bind(NewspaperStages.rejoinLines(rejoin), NewspaperStages.rejoinLinesProperties(rejoin));
        stages.splitters().bind(NewspaperStages.articles(articles), NewspaperStages.articlesProperties(articles));
        return stages.prepare(settings.cleaning(), Progress.NONE);
    }

    private static Map<String, String> configuration(JobSettings settings, String pid) {
        return settings.configuration().getOrDefault(pid, Map.of());
    }

    /**
     * @param settings the job's settings
     * @param dictionaries the user dictionaries, read on the driver ({@link #dictionaries})
     * @return the segmenter with the dictionaries added, made once per executor
     */
    static Segmenter segmenter(JobSettings settings, List<UserDictionary> dictionaries) {
        String key = settings.segmenter() + dictionaries.stream().map(UserDictionary::sha256).collect(Collectors.joining(",", "[", "]"));
        return SEGMENTERS_BUILT.computeIfAbsent(key, k -> plain(settings.segmenter()).withDictionaries(dictionaries));
    }

    private static Segmenter plain(String name) {
        return switch (name) {
            case "jieba" -> new Jieba();
            case "jieba-pos" -> new JiebaPos();
            default -> throw new CorpusException("Unknown segmenter '" + name + "': the Spark job runs " + String.join(", ", SEGMENTERS));
        };
    }

    /**
     * Reads the user dictionaries the job names, in order, from any Hadoop file system.
     *
     * @throws CorpusException naming a file that cannot be read or a line that is not jieba's format
     */
    static List<UserDictionary> dictionaries(JobSettings settings, Configuration hadoop) {
        List<UserDictionary> dictionaries = new ArrayList<>();
        for (Map.Entry<String, String> named : settings.dictionaries().entrySet()) {
            Path path = new Path(named.getValue());
            try (InputStream in = path.getFileSystem(hadoop).open(path)) {
                dictionaries.add(new UserDictionary(UserDictionary.checkName(named.getKey()),
                        UserDictionary.read(in.readAllBytes(), named.getValue())));
            } catch (IOException e) {
                throw new CorpusException("Cannot read the user dictionary '" + named.getKey() + "' from " + named.getValue()
                        + ": " + e.getMessage(), e);
            }
        }
        return dictionaries;
    }

    /** @return each dictionary's text by name, in order: what Spark ships to its executors */
    static Map<String, String> texts(List<UserDictionary> dictionaries) {
        Map<String, String> texts = new LinkedHashMap<>();
        dictionaries.forEach(dictionary -> texts.put(dictionary.name(), dictionary.text()));
        return texts;
    }

    /** @return the dictionaries again from their {@link #texts} */
    static List<UserDictionary> dictionaries(Map<String, String> texts) {
        List<UserDictionary> dictionaries = new ArrayList<>();
        texts.forEach((name, text) -> dictionaries.add(new UserDictionary(name,
                UserDictionary.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), name))));
        return dictionaries;
    }

    /** @return what an import records of its segmenter and dictionaries, with the same keys */
    static Map<String, String> segmenterProvenance(JobSettings settings, List<UserDictionary> dictionaries) {
        return CorpusInfo.segmenterProvenance(settings.segmenter(), segmenter(settings, dictionaries), dictionaries);
    }
}
