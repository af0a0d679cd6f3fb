package org.corpusbench.commands.internal;

import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;

/** {@code corpus:document}: one document's metadata, original text and cleaned text. */
@Service
@Command(scope = "corpus", name = "document", description = "Shows a document's metadata, original text and cleaned text",
        detailedDescription = "Examples:\n"
            + "  corpus:documents --limit 3 seeds\n"
            + "      find a document's id (second column)\n"
            + "  corpus:document seeds <id>\n"
            + "      that document's metadata, original and cleaned text")
public class DocumentCommand implements Action {
    @Reference
    CorpusRepository repository;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Argument(index = 1, name = "id", required = true, description = "The document id (see corpus:documents)")
    String id;

    @Override
    public Object execute() {
        CorpusView view = repository.require(corpus);
        Document document = view.document(view.documentIndex(id));
        System.out.println("Id:     " + document.id());
        System.out.println("Source: " + document.sourceId());
        for (Map.Entry<String, String> entry : new TreeMap<>(document.metadata()).entrySet()) {
            System.out.println(entry.getKey() + ": " + entry.getValue());
        }
        System.out.println();
        System.out.println("--- Original text ---");
        System.out.println(document.originalText());
        System.out.println("--- Cleaned text ---");
        System.out.println(document.cleanedText());
        return null;
    }
}
