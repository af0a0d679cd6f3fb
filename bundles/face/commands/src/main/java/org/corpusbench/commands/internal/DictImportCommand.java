package org.corpusbench.commands.internal;

import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;

/** {@code corpus:dict-import}: adds a jieba user dictionary file's entries to a user dictionary. */
@Service
@Command(scope = "corpus", name = "dict-import", description = "Adds the entries of a user dictionary file in jieba's "
        + "format (UTF-8, one 'word [frequency] [tag]' a line) to a dictionary, made if missing; the file must be inside "
        + "the folders corpus:load may read",
        detailedDescription = "Examples:\n"
            + "  corpus:dict-import liaocheng data/import/userdict.txt\n"
            + "      the file's words, a later line winning for a word")
public class DictImportCommand implements Action {
    @Reference
    UserDictionaries dictionaries;

    @Argument(index = 0, name = "dictionary", required = true, description = "The dictionary's name")
    @Completion(DictionaryNameCompleter.class)
    String dictionary;

    @Argument(index = 1, name = "file", required = true, description = "A user dictionary file")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() {
        int before = dictionaries.list().stream().filter(each -> each.name().equals(dictionary)).findFirst()
                .map(each -> each.entries().size()).orElse(0);
        UserDictionary changed = dictionaries.importFile(dictionary, Path.of(file));
        System.out.println("Dictionary '" + dictionary + "' now has " + DictsCommand.entries(changed.entries().size()) + " (" + before
                + " before; SHA-256 " + changed.sha256().substring(0, 12) + "...)");
        return null;
    }
}
