package org.corpusbench.commands.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.newspaper.ArticleMetadata;

/** {@code corpus:documents}: one page of a corpus's documents with their metadata. */
@Service
@Command(scope = "corpus", name = "documents", description = "Lists a corpus's documents with headline, reporters, date and other metadata, a page at a time",
        detailedDescription = "Examples:\n"
            + "  corpus:documents seeds\n"
            + "      the first documents with headline, reporters and date\n"
            + "  corpus:documents --offset 100 --limit 20 seeds\n"
            + "      documents 100 to 119")
public class DocumentsCommand implements Action {
    @Reference
    CorpusRepository repository;

    @Option(name = "--offset", description = "Index of the first document to list")
    int offset;

    @Option(name = "--limit", description = "How many documents to list")
    int limit = 20;

    @Option(name = "--no-format", description = "Print tab-separated rows, for scripts")
    boolean noFormat;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Override
    public Object execute() {
        if (offset < 0 || limit < 1) {
            throw new CorpusException("--offset must be 0 or more and --limit 1 or more");
        }
        CorpusView view = repository.require(corpus);
        ConsoleTable table = new ConsoleTable().emptyText("No documents at offset " + offset + ".")
                .numberColumn("Index").column("Id").numberColumn("Tokens").numberColumn("Characters")
                .column("Headline").column("Reporters").column("Date").column("Other metadata");
        int end = (int) Math.min((long) offset + limit, view.documentCount());
        for (int index = offset; index < end; index++) {
            Document document = view.document(index);
            Map<String, String> metadata = document.metadata();
            table.addRow(index, document.id(), view.documentStart(index + 1) - view.documentStart(index),
                    document.cleanedText().codePointCount(0, document.cleanedText().length()),
                    metadata.getOrDefault(ArticleMetadata.HEADLINE, ""), metadata.getOrDefault(ArticleMetadata.REPORTERS, ""),
                    metadata.getOrDefault(ArticleMetadata.DATE, ""), otherMetadata(metadata));
        }
        table.print(System.out, !noFormat);
        if (!noFormat) {
            System.out.println("Documents " + Math.min(offset + 1, end) + "-" + end + " of " + view.documentCount());
        }
        return null;
    }

    /** The rest of the metadata, without the cleaning report and furniture that corpus:cleaning-report and corpus:document show. */
    private static String otherMetadata(Map<String, String> metadata) {
        return new TreeMap<>(metadata).entrySet().stream()
                .filter(e -> !e.getKey().equals(ArticleMetadata.HEADLINE) && !e.getKey().equals(ArticleMetadata.REPORTERS)
                        && !e.getKey().equals(ArticleMetadata.DATE) && !e.getKey().startsWith(CleaningReport.PREFIX)
                        && !e.getKey().equals("furniture"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
