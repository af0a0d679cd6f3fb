package org.corpusbench.commands.internal;

import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.Token;

/** {@code corpus:segment}: segments a text and prints its tokens with their offsets and types. */
@Service
@Command(scope = "corpus", name = "segment", description = "Segments a text and prints its tokens",
        detailedDescription = "Examples:\n"
            + "  corpus:segment 我来到北京清华大学\n"
            + "      jieba's tokens with their types and offsets\n"
            + "  corpus:segment --mode search --segmenter jieba-analysis 我来到北京清华大学\n"
            + "      search mode with the Java library")
public class SegmentCommand implements Action {
    @Reference
    Segmenters segmenters;

    @Option(name = "--segmenter", description = "An installed segmenter (see corpus:segmenters); default: the one loads use, jieba unless configured")
    @Completion(SegmenterCompleter.class)
    String segmenter;

    @Option(name = "--mode", description = "accurate (default, jieba.cut) or search (jieba.cut_for_search)")
    @Completion(value = StringsCompleter.class, values = {"accurate", "search"})
    String mode = "accurate";

    @Option(name = "--no-hmm", description = "Do not find unknown words with the HMM")
    boolean noHmm;

    @Option(name = "--no-format", description = "Print tab-separated rows, for scripts")
    boolean noFormat;

    @Argument(index = 0, name = "text", required = true, multiValued = true, description = "The text")
    List<String> text;

    @Override
    public Object execute() {
        SegmentationMode chosen;
        try {
            chosen = SegmentationMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CorpusException("Unknown mode '" + mode + "'; use accurate or search");
        }
        String name = segmenter != null ? segmenter : segmenters.defaultName();
        List<Token> tokens = segmenters.find(name).segment(String.join(" ", text), chosen, !noHmm);
        ConsoleTable table = new ConsoleTable().column("Token").column("Type").numberColumn("Start").numberColumn("End");
        for (Token token : tokens) {
            table.addRow(token.text().replace("\n", "\\n"), token.type().name().toLowerCase(Locale.ROOT), token.start(), token.end());
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
