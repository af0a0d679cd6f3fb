package org.corpusbench.commands.internal;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.SegmentDiffs;

/**
 * {@code corpus:segment-diff}: where two segmenters cut differently, one pattern a line
 * ({@code 并 为 | 并为 × 12}) with example lines below it. A corpus goes through the
 * {@code segment-diff} analysis, a text through {@link SegmentDiffs}: the comparison has one owner.
 */
@Service
@Command(scope = "corpus", name = "segment-diff", description = "Shows where two segmenters cut a corpus or a text differently: "
        + "each pattern with its count and examples, most frequent first; Ctrl-C cancels",
        detailedDescription = "Examples:\n"
            + "  corpus:segment-diff seeds\n"
            + "      jieba against jieba-analysis on the seeds, the 20 most frequent patterns\n"
            + "  corpus:segment-diff -a jieba -b thulac --examples 1 --limit 0 seeds\n"
            + "      every pattern where jieba and thulac differ, one example each\n"
            + "  corpus:segment-diff --text 会议并为先进个人颁奖\n"
            + "      the patterns of one text")
public class SegmentDiffCommand implements Action {
    static final String ANALYSIS = "segment-diff";

    @Reference
    AnalysisService analyses;

    @Reference(optional = true)
    SegmentDiffs texts;

    @Reference(optional = true)
    Session session;

    @Option(name = "-a", aliases = "--segmenter-a", description = "The first segmenter (default jieba)")
    @Completion(SegmenterCompleter.class)
    String segmenterA = "jieba";

    @Option(name = "-b", aliases = "--segmenter-b", description = "The second segmenter (default jieba-analysis)")
    @Completion(SegmenterCompleter.class)
    String segmenterB = "jieba-analysis";

    @Option(name = "--text", description = "Compare on this text instead of a corpus")
    String text;

    @Option(name = "--selection", description = "Compare on these documents of the corpus only (as corpus:run's selection=)")
    @Completion(SelectionCompleter.class)
    String selection;

    @Option(name = "--examples", description = "Example lines under each pattern (default 3)")
    int examples = 3;

    @Option(name = "--min-count", description = "Leave out patterns seen fewer times (default 1)")
    int minCount = 1;

    @Option(name = "--limit", description = "How many patterns to print (default 20); 0 prints all")
    int limit = 20;

    @Argument(index = 0, name = "corpus", description = "The corpus name; leave it out with --text")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Override
    public Object execute() {
        if (limit < 0) {
            throw new CorpusException("--limit must be 0 (all patterns) or more, not " + limit);
        }
        if ((text == null) == (corpus == null)) {
            throw new CorpusException(text == null ? "Give a corpus name or --text" : "Give a corpus name or --text, not both");
        }
        if (text != null) {
            if (texts == null) {
                throw new CorpusException("segment-diff is not installed (bundle corpusbench-analysis-segment-diff)");
            }
            try (ResultTable table = texts.compare(text, segmenterA, segmenterB, examples, minCount)) {
                print(System.out, table);
            }
            return null;
        }
        ConsoleProgress progress = ConsoleProgress.of(session);
        try (AnalysisResult result = analyses.run(ANALYSIS, corpus, parameters(), progress)) {
            progress.finish();
            print(System.out, result.table());
        } catch (RuntimeException e) {
            progress.cancelledOrRethrow(e, System.out, "");
        }
        return null;
    }

    /** @return the analysis's parameters as the options give them */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("segmenter_a", segmenterA);
        parameters.put("segmenter_b", segmenterB);
        parameters.put("examples", String.valueOf(examples));
        parameters.put("min_count", String.valueOf(minCount));
        if (selection != null) {
            parameters.put(AnalysisService.SELECTION, selection);
        }
        return parameters;
    }

    /** Prints the patterns as {@code a | b × count}, their examples indented below, and how many were left out. */
    void print(PrintStream out, ResultTable table) {
        List<String> names = table.columns().stream().map(Column::name).toList();
        int a = names.indexOf("a");
        int b = names.indexOf("b");
        int count = names.indexOf("count");
        int documents = names.indexOf("documents");
        int lines = names.indexOf("examples");
        out.println(segmenterA + " | " + segmenterB);
        long patterns = 0;
        for (Iterator<List<Object>> rows = table.rows().iterator(); rows.hasNext(); patterns++) {
            List<Object> row = rows.next();
            if (limit == 0 || patterns < limit) {
                long occurrences = (Long) row.get(count);
                long inDocuments = (Long) row.get(documents);
                out.println(row.get(a) + " | " + row.get(b) + " × " + occurrences
                        + (inDocuments > 1 ? " (" + inDocuments + " documents)" : ""));
                String examplesCell = (String) row.get(lines);
                examplesCell.lines().filter(line -> !line.isEmpty()).forEach(line -> out.println("    " + line));
            }
        }
        if (patterns == 0) {
            out.println("No disagreements.");
        } else if (limit > 0 && patterns > limit) {
            out.println("... " + limit + " of " + patterns + " patterns (--limit 0 prints all)");
        } else {
            out.println(patterns + (patterns == 1 ? " pattern" : " patterns"));
        }
    }
}
