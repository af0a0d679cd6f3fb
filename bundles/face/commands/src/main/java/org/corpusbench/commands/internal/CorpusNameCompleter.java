package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;

/** Completes the names of stored corpora. */
@Service
public class CorpusNameCompleter implements Completer {
    @Reference
    CorpusRepository repository;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter(repository.list().stream().map(CorpusInfo::name).toList());
        return names.complete(session, commandLine, candidates);
    }
}
