package org.corpusbench.commands.internal;

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
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.CorpusRepository;

/** {@code corpus:reclean}: cleans, splits and segments a corpus again with the pipeline as it is now. */
@Service
@Command(scope = "corpus", name = "reclean", description = "Cleans, splits and segments a stored corpus again with the "
        + "cleaning steps, splitter and segmenter as they are now (see corpus:cleaning), with the cleaning settings its load "
        + "recorded unless --clean or --default-settings is given; Ctrl-C cancels and leaves it as it was",
        detailedDescription = "Examples:\n"
            + "  corpus:reclean seeds\n"
            + "      clean seeds again with the settings its load recorded\n"
            + "  corpus:reclean --clean fold.traditional=true hk\n"
            + "      with other settings, which it then records")
public class RecleanCommand implements Action {
    @Reference
    CorpusImporter importer;

    @Reference
    CorpusRepository repository;

    @Reference(optional = true)
    Session session;

    @Option(name = "--clean", multiValued = true, description = "A cleaning setting for this run, as key=value "
            + "(as corpus:load --clean); replaces the settings the corpus recorded; repeat for more")
    List<String> clean;

    @Option(name = "--default-settings", description = "Forget the cleaning settings the corpus recorded: every stage as configured")
    boolean defaults;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Override
    public Object execute() {
        if (defaults && clean != null) {
            throw new CorpusException("Give --clean or --default-settings, not both");
        }
        Map<String, String> settings = defaults ? Map.of() : clean == null ? null : LoadOptions.cleaningSettings(clean);
        CorpusInfo before = repository.require(corpus).info();
        ConsoleProgress progress = ConsoleProgress.of(session);
        try {
            CorpusInfo after = importer.reclean(corpus, settings, progress);
            progress.finish();
            System.out.println("Cleaned corpus '" + corpus + "' again with " + after.provenance().get(CorpusInfo.CLEANING)
                    + " and splitter " + blankAsNone(after.provenance().get(CorpusInfo.SPLITTER)) + ": " + before.documents()
                    + " -> " + after.documents() + " documents, " + before.tokens() + " -> " + after.tokens() + " tokens, "
                    + before.types() + " -> " + after.types() + " types" + CleanArguments.recorded(after));
        } catch (RuntimeException e) {
            progress.cancelledOrRethrow(e, System.out, "corpus '" + corpus + "' is as it was");
        }
        return null;
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value.replaceAll("\\(.*", "");
    }
}
