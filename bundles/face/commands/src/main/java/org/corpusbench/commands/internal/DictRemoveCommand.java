package org.corpusbench.commands.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;

/** {@code corpus:dict-remove}: removes a word from a user dictionary, or the whole dictionary. */
@Service
@Command(scope = "corpus", name = "dict-remove", description = "Removes a word from a user dictionary, or with --all the "
        + "dictionary itself; corpora segmented with it keep their tokens until corpus:resegment",
        detailedDescription = "Examples:\n"
            + "  corpus:dict-remove liaocheng 东昌府区\n"
            + "      the word is no longer added\n"
            + "  corpus:dict-remove --all liaocheng\n"
            + "      the dictionary is gone")
public class DictRemoveCommand implements Action {
    @Reference
    UserDictionaries dictionaries;

    @Option(name = "--all", description = "Remove the whole dictionary")
    boolean all;

    @Argument(index = 0, name = "dictionary", required = true, description = "The dictionary's name")
    @Completion(DictionaryNameCompleter.class)
    String dictionary;

    @Argument(index = 1, name = "word", description = "The word to remove")
    String word;

    @Override
    public Object execute() {
        if (all == (word != null)) {
            throw new CorpusException("Give a word to remove, or --all to remove the dictionary, not both");
        }
        if (all) {
            if (!dictionaries.delete(dictionary)) {
                throw new NotFoundException("dictionary", dictionary);
            }
            System.out.println("Removed dictionary '" + dictionary + "'");
            return null;
        }
        UserDictionary changed = dictionaries.removeWord(dictionary, word);
        System.out.println("Removed '" + word + "' from dictionary '" + dictionary + "', which now has "
                + DictsCommand.entries(changed.entries().size()));
        return null;
    }
}
