package org.corpusbench.commands.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.Subcorpus;

/** {@code corpus:subcorpus}: saves, lists and deletes the named subcorpora of a corpus. */
@Service
@Command(scope = "corpus", name = "subcorpus", description = "Saves a selection under a name, usable wherever a "
        + "selection is as @name (corpus:run frequency news selection=@march); lists or deletes them. Quote the "
        + "expression, since the shell reads < > & and double quotes itself: "
        + "corpus:subcorpus create news march 'date>=2023-03-01 & date<2023-04-01'",
        detailedDescription = "Examples:\n"
            + "  corpus:subcorpus create seeds march 'date>=2023-03-01 & date<2023-04-01'\n"
            + "      save a selection as march\n"
            + "  corpus:subcorpus list seeds\n"
            + "      the saved subcorpora with their sizes\n"
            + "  corpus:subcorpus delete seeds march\n"
            + "      forget one")
public class SubcorpusCommand implements Action {
    private static final String USAGE = "Usage: corpus:subcorpus create <corpus> <name> <expression> | list <corpus> "
            + "| delete <corpus> <name>";

    @Reference
    Subcorpora subcorpora;

    @Reference
    CorpusRepository repository;

    @Argument(index = 0, name = "action", required = true, description = "create, list or delete")
    @Completion(values = {"create", "list", "delete"}, value = StringsCompleter.class)
    String action;

    @Argument(index = 1, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Argument(index = 2, name = "name", description = "The subcorpus name: letters, digits, '.', '_' and '-'")
    @Completion(SubcorpusNameCompleter.class)
    String name;

    @Argument(index = 3, name = "expression", multiValued = true, description = "For create: the selection, such as "
            + "'date>=2023-03-01 & reporters~赵宗锋', 'page=1', '0-3,7' or 'source=\"a b.txt\"' (words are joined by spaces)")
    List<String> expression;

    @Option(name = "--no-format", description = "Print tab-separated rows, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        switch (action) {
            case "create" -> create();
            case "list" -> list();
            case "delete" -> delete();
            default -> throw new CorpusException("Unknown action '" + action + "'. " + USAGE);
        }
        return null;
    }

    private void create() {
        if (name == null || expression == null || expression.isEmpty()) {
            throw new CorpusException("create needs a name and an expression. " + USAGE);
        }
        Subcorpus saved = subcorpora.create(corpus, name, String.join(" ", expression));
        System.out.println("Saved subcorpus '" + saved.name() + "' of corpus '" + corpus + "': " + saved.documents()
                + (saved.documents() == 1 ? " document, " : " documents, ") + saved.tokens()
                + (saved.tokens() == 1 ? " token (" : " tokens (") + saved.expression() + "); use it as @" + saved.name());
    }

    private void list() {
        if (name != null) {
            throw new CorpusException("list takes only the corpus name. " + USAGE);
        }
        ConsoleTable table = new ConsoleTable().emptyText("No subcorpora. Save one with corpus:subcorpus create "
                + corpus + " <name> <expression>.")
                .column("Name").numberColumn("Documents").numberColumn("Tokens").column("Expression");
        List<String> problems = new ArrayList<>();
        for (Subcorpus subcorpus : subcorpora.list(corpus)) {
            boolean readable = subcorpus.documents() >= 0;
            table.addRow(subcorpus.name(), readable ? subcorpus.documents() : "?", readable ? subcorpus.tokens() : "?",
                    subcorpus.expression());
            if (!readable) {
                problems.add(problem(subcorpus));
            }
        }
        table.print(System.out, !noFormat);
        problems.forEach(System.out::println);
    }

    /** Asks the selection itself why it no longer reads, since the listing only says that it does not. */
    private String problem(Subcorpus subcorpus) {
        try {
            subcorpora.select(repository.require(corpus), "@" + subcorpus.name());
            return "Subcorpus '" + subcorpus.name() + "' could not be read a moment ago";
        } catch (CorpusException e) {
            return e.getMessage();
        }
    }

    private void delete() {
        if (name == null || expression != null && !expression.isEmpty()) {
            throw new CorpusException("delete takes the corpus and the subcorpus name. " + USAGE);
        }
        if (!subcorpora.delete(corpus, name)) {
            throw new NotFoundException("subcorpus", name);
        }
        System.out.println("Deleted subcorpus '" + name + "' of corpus '" + corpus + "'");
    }
}
