package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;

/** Completes the names of the user dictionaries. */
@Service
public class DictionaryNameCompleter extends LiveCompleter {
    @Reference(optional = true)
    UserDictionaries dictionaries;

    @Override
    List<String> candidates(CommandLine line) {
        return dictionaries == null ? List.of() : dictionaries.list().stream().map(UserDictionary::name).toList();
    }
}
