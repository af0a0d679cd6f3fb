package org.corpusbench.commands.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.Terminal;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.ParameterSpec;

/**
 * {@code corpus:query}: a page of the {@code kwic} concordance of a CQL query, as aligned lines with
 * the node highlighted where the terminal understands ANSI, in brackets elsewhere. Syntax errors
 * come back from the query engine naming the position and what was expected.
 */
@Service
@Command(scope = "corpus", name = "query", description = "Shows a page of a CQL query's concordance (KWIC). "
        + "Quote the query in single quotes: corpus:query news '\"经济\" []{0,2} \"发展\"'; Ctrl-C cancels",
        detailedDescription = "Examples:\n"
            + "  corpus:query seeds 经济 发展\n"
            + "      plain words: the sequence 经济 发展\n"
            + "  corpus:query --sort right1 --context 3 --page 2 seeds '\"发展\"'\n"
            + "      page 2, sorted by the word right of the node\n"
            + "  corpus:query --selection @march seeds '\"经济\" []{0,3} \"发展\"'\n"
            + "      up to three tokens between, in a subcorpus")
public class QueryCommand implements Action {
    static final String ANALYSIS = "kwic";

    @Reference
    AnalysisService analyses;

    @Reference(optional = true)
    Session session;

    @Option(name = "--sort", description = "corpus, node, left1-3, right1-3 or random (see corpus:analyses kwic)")
    @Completion(value = StringsCompleter.class,
            values = {"corpus", "node", "left1", "left2", "left3", "right1", "right2", "right3", "random"})
    String sort;

    @Option(name = "--seed", description = "Seed of --sort random; the same seed gives the same order")
    Long seed;

    @Option(name = "--context", description = "Tokens of context on each side (default 5)")
    Integer context;

    @Option(name = "--characters", description = "Count --context in characters instead of tokens")
    boolean characters;

    @Option(name = "--page", description = "Which page (default 1)")
    Integer page;

    @Option(name = "--page-size", description = "Lines per page (default 50)")
    Integer pageSize;

    @Option(name = "--strategy", description = "Matching strategy: shortest, standard (default) or longest")
    @Completion(value = StringsCompleter.class, values = {"shortest", "standard", "longest"})
    String strategy;

    @Option(name = "--selection", description = "Documents to search: all, 0-3,7, date>=2023-03-01 & page=1, @subcorpus")
    @Completion(SelectionCompleter.class)
    String selection;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Argument(index = 1, name = "cql", required = true, multiValued = true,
            description = "The CQL query, in single quotes; plain words (经济 发展) are read as a sequence of those words")
    List<String> cql;

    @Override
    public Object execute() {
        Terminal terminal = session == null ? null : session.getTerminal();
        boolean ansi = terminal != null && terminal.isAnsiSupported() && !"dumb".equals(terminal.getType());
        int width = terminal == null ? 0 : terminal.getWidth();
        print(System.out, ansi ? ConcordanceLines.ansi() : ConcordanceLines.plain(), width);
        return null;
    }

    void print(PrintStream out, ConcordanceLines layout, int terminalWidth) {
        ConsoleProgress progress = ConsoleProgress.of(session);
        Map<String, String> parameters = parameters();
        List<ConcordanceLines.Line> lines = new ArrayList<>();
        long hits;
        try (AnalysisResult result = analyses.run(ANALYSIS, corpus, parameters, progress)) {
            List<List<Object>> rows = result.table().rows().toList();
            rows.forEach(row -> lines.add(new ConcordanceLines.Line((String) row.get(2), (String) row.get(4),
                    (String) row.get(5), (String) row.get(6))));
            hits = rows.isEmpty() ? totalHits(parameters, progress) : (Long) rows.get(0).get(1);
        } catch (RuntimeException e) {
            progress.cancelledOrRethrow(e, out, "");
            return;
        }
        progress.finish();
        long size = Long.parseLong(parameters.get("page_size"));
        long pages = Math.max(1, (hits + size - 1) / size);
        out.println("hits " + hits + ", page " + parameters.get("page") + " of " + pages);
        if (lines.isEmpty() && hits > 0) {
            out.println("No lines on this page: the last is page " + pages + ".");
        }
        layout.layout(lines, terminalWidth).forEach(out::println);
    }

    /** A page past the last has no rows to read the total from: ask for the first line only. */
    private long totalHits(Map<String, String> parameters, Progress progress) {
        Map<String, String> first = new LinkedHashMap<>(parameters);
        first.put("page", "1");
        first.put("page_size", "1");
        first.put("sort", "corpus");
        try (AnalysisResult result = analyses.run(ANALYSIS, corpus, first, progress)) {
            return result.table().rows().findFirst().map(row -> (Long) row.get(1)).orElse(0L);
        }
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("query", query(String.join(" ", cql)));
        putIfGiven(parameters, "sort", sort);
        putIfGiven(parameters, "seed", seed);
        putIfGiven(parameters, "context", context);
        parameters.put("context_unit", characters ? "characters" : "tokens");
        // always given, so the header can count pages; unset, they take the analysis's defaults
        parameters.put("page", page == null ? defaultOf("page") : page.toString());
        parameters.put("page_size", pageSize == null ? defaultOf("page_size") : pageSize.toString());
        putIfGiven(parameters, "strategy", strategy);
        putIfGiven(parameters, AnalysisService.SELECTION, selection);
        return parameters;
    }

    /**
     * The shell drops the double quotes of an unquoted {@code "经济"}, so plain words, which are never
     * valid CQL, stand for the sequence of those words, as Sketch Engine's simple query reads them.
     * Only letters and digits qualify: a CQL literal is a regular expression.
     */
    static String query(String text) {
        String[] words = text.trim().split("\\s+");
        boolean plain = Arrays.stream(words).allMatch(word -> !word.isEmpty() && word.codePoints().allMatch(Character::isLetterOrDigit));
        return plain ? Arrays.stream(words).map(word -> '"' + word + '"').collect(Collectors.joining(" ")) : text;
    }

    private String defaultOf(String parameter) {
        return analyses.analysis(ANALYSIS).orElseThrow(() -> new NotFoundException("analysis", ANALYSIS)).parameters()
                .stream().filter(spec -> spec.name().equals(parameter)).map(ParameterSpec::defaultValue).findFirst()
                .orElseThrow(() -> new NotFoundException("parameter of " + ANALYSIS, parameter));
    }

    private static void putIfGiven(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}
