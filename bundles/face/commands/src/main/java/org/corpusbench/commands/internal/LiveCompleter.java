package org.corpusbench.commands.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.Subcorpus;

/**
 * A completer whose candidates are whole arguments read from live services at each Tab, so what
 * was deployed or stored a moment ago completes. A candidate ending in {@code =} leaves the
 * argument open for its value; any other ends it.
 */
abstract class LiveCompleter implements Completer {

    /** @return every candidate for the argument under the cursor; the typed prefix is filtered out later */
    abstract List<String> candidates(CommandLine line);

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        String typed = typed(line);
        candidates(line).stream().filter(candidate -> candidate.startsWith(typed))
                .map(candidate -> open(candidate) ? candidate : candidate + " ").forEach(candidates::add);
        return line.getBufferPosition() - line.getArgumentPosition();
    }

    @Override
    public void completeCandidates(Session session, CommandLine line, List<Candidate> candidates) {
        String typed = typed(line);
        candidates(line).stream().filter(candidate -> candidate.startsWith(typed))
                .map(candidate -> new Candidate(candidate, !open(candidate))).forEach(candidates::add);
    }

    private static boolean open(String candidate) {
        return candidate.endsWith("=");
    }

    /** @return the part of the argument under the cursor that is left of the cursor */
    static String typed(CommandLine line) {
        String argument = line.getCursorArgument();
        return argument == null ? "" : argument.substring(0, Math.min(line.getArgumentPosition(), argument.length()));
    }

    /** @return the arguments left of the one under the cursor, the command's name excluded */
    static List<String> before(CommandLine line) {
        String[] arguments = line.getArguments();
        int end = Math.min(line.getCursorArgumentIndex(), arguments.length);
        return end <= 1 ? List.of() : Arrays.asList(arguments).subList(1, end);
    }

    static List<String> corpusNames(CorpusRepository repository) {
        return repository.list().stream().map(CorpusInfo::name).toList();
    }

    /** @return the first argument left of the cursor that names a stored corpus: the one the command works on */
    static Optional<String> chosenCorpus(CommandLine line, CorpusRepository repository) {
        List<String> corpora = corpusNames(repository);
        return before(line).stream().filter(corpora::contains).findFirst();
    }

    /** @return the subcorpus names of the corpus; none if there are no subcorpora or no such corpus */
    static List<String> subcorpusNames(Subcorpora subcorpora, String corpus) {
        try {
            return subcorpora == null ? List.of() : subcorpora.list(corpus).stream().map(Subcorpus::name).toList();
        } catch (NotFoundException e) {
            return List.of(); // deleted between two keystrokes
        }
    }
}
