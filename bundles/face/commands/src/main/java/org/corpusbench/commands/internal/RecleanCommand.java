package org.corpusbench.commands.internal;

import java.util.concurrent.CancellationException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;

/** {@code corpus:reclean}: cleans, splits and segments a corpus again with the pipeline as it is now. */
@Service
@Command(scope = "corpus", name = "reclean", description = "Cleans, splits and segments a stored corpus again with the "
        + "cleaning steps, splitter and segmenter as they are now (see corpus:cleaning)")
public class RecleanCommand implements Action {
    @Reference
    CorpusImporter importer;

    @Reference
    CorpusRepository repository;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Override
    public Object execute() {
        CorpusInfo before = repository.require(corpus).info();
        ConsoleProgress progress = new ConsoleProgress(System.out);
        try {
            CorpusInfo after = importer.reclean(corpus, progress);
            progress.finish();
            System.out.println("Cleaned corpus '" + corpus + "' again with " + after.provenance().get(CorpusInfo.CLEANING)
                    + " and splitter " + blankAsNone(after.provenance().get(CorpusInfo.SPLITTER)) + ": " + before.documents()
                    + " -> " + after.documents() + " documents, " + before.tokens() + " -> " + after.tokens() + " tokens, "
                    + before.types() + " -> " + after.types() + " types");
        } catch (CancellationException e) {
            progress.finish();
            System.out.println("Cancelled; corpus '" + corpus + "' is as it was");
        }
        return null;
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value.replaceAll("\\(.*", "");
    }
}
