package org.corpusbench.commands.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;

/** {@code corpus:resegment}: segments a corpus again after a change to its user dictionaries. */
@Service
@Command(scope = "corpus", name = "resegment", description = "Segments a stored corpus again with its segmenter and its "
        + "user dictionaries as they are now, giving what a full import would; documents the segmenter proves unchanged "
        + "keep their tokens; Ctrl-C cancels and leaves it as it was",
        detailedDescription = "Examples:\n"
            + "  corpus:dict-add liaocheng 东昌府区\n"
            + "  corpus:resegment lc\n"
            + "      lc, loaded with --dict liaocheng, now keeps 东昌府区 whole")
public class ResegmentCommand implements Action {
    @Reference
    CorpusImporter importer;

    @Reference
    CorpusRepository repository;

    @Reference(optional = true)
    Session session;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Override
    public Object execute() {
        CorpusInfo before = repository.require(corpus).info();
        ConsoleProgress progress = ConsoleProgress.of(session);
        try {
            CorpusInfo after = importer.resegment(corpus, progress);
            progress.finish();
            System.out.println("Segmented corpus '" + corpus + "' again with " + after.provenance().get(CorpusInfo.SEGMENTER)
                    + dictionaries(after) + ": " + after.provenance().get("resegmentation") + "; " + before.tokens() + " -> "
                    + after.tokens() + " tokens, " + before.types() + " -> " + after.types() + " types");
        } catch (RuntimeException e) {
            progress.cancelledOrRethrow(e, System.out, "corpus '" + corpus + "' is as it was");
        }
        return null;
    }

    private static String dictionaries(CorpusInfo info) {
        String names = info.provenance().getOrDefault(CorpusInfo.DICTIONARIES, "");
        return names.isEmpty() ? "" : " and dictionaries " + names;
    }
}
