package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;

/** {@code corpus:dict-add}: adds a word to a user dictionary, making the dictionary if needed. */
@Service
@Command(scope = "corpus", name = "dict-add", description = "Adds a word to a user dictionary (made if missing), as a line "
        + "of jieba's user dictionary: word [frequency] [tag]; an entry for a word already there replaces it. Loads that "
        + "name the dictionary use it from now on; corpus:resegment applies it to a stored corpus",
        detailedDescription = "Examples:\n"
            + "  corpus:dict-add liaocheng 东昌府区\n"
            + "      jieba suggests a frequency that keeps the word whole\n"
            + "  corpus:dict-add liaocheng 茌平 500 ns\n"
            + "      with a frequency and a part-of-speech tag\n"
            + "  corpus:dict-add liaocheng 茌平区 ns\n"
            + "      with a tag; jieba suggests the frequency\n"
            + "  corpus:dict-add liaocheng 聊城日报 0\n"
            + "      frequency 0: the word is always split")
public class DictAddCommand implements Action {
    @Reference
    UserDictionaries dictionaries;

    @Argument(index = 0, name = "dictionary", required = true, description = "The dictionary's name")
    @Completion(DictionaryNameCompleter.class)
    String dictionary;

    @Argument(index = 1, name = "word", required = true, description = "The word")
    String word;

    @Argument(index = 2, name = "frequency-and-tag", multiValued = true, description = "Its frequency (default: what "
            + "jieba's suggest_freq gives), then its part-of-speech tag in lower case (n, ns, nr, v ...); either may be left out")
    List<String> frequencyAndTag;

    @Override
    public Object execute() {
        // read as the rest of a dictionary line, so that "茌平 ns" gives a tag without a frequency, as in jieba's files
        String line = word + (frequencyAndTag == null ? "" : " " + String.join(" ", frequencyAndTag));
        UserDictionary.Entry entry = UserDictionary.Entry.parse(line);
        if (!entry.word().equals(word)) {
            throw new CorpusException("After the word give a frequency (digits), a tag (lower-case letters) or both, not '"
                    + String.join(" ", frequencyAndTag) + "'");
        }
        UserDictionary changed = dictionaries.add(dictionary, List.of(entry));
        System.out.println("Dictionary '" + dictionary + "' now has " + DictsCommand.entries(changed.entries().size()) + " (SHA-256 "
                + changed.sha256().substring(0, 12) + "...): added '" + entry.line() + "'");
        return null;
    }
}
