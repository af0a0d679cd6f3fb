package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;
import org.corpusbench.api.UserDictionary.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DictAddCommandTest {
    /** What follows the word is read as the rest of a jieba dictionary line. */
    @ParameterizedTest
    @CsvSource(value = {"'', , ", "500, 500, ", "ns, , ns", "500 ns, 500, ns"}, nullValues = "")
    void aFrequencyATagOrBothMayFollowTheWord(String rest, Long frequency, String tag) {
        List<Object> added = new ArrayList<>();
        DictAddCommand command = new DictAddCommand();
        command.dictionaries = adding(added);
        command.dictionary = "places";
        command.word = "茌平区";
        command.frequencyAndTag = rest == null ? null : List.of(rest.split(" "));

        command.execute();

        assertEquals(List.of("places", List.of(new Entry("茌平区", frequency, tag))), added);
    }

    /** Dictionaries that record what is added and answer with it. */
    @SuppressWarnings("unchecked")
    private static UserDictionaries adding(List<Object> added) {
        return (UserDictionaries) Proxy.newProxyInstance(UserDictionaries.class.getClassLoader(), new Class<?>[] {UserDictionaries.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("add")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    added.addAll(List.of(args));
                    return new UserDictionary((String) args[0], (List<Entry>) args[1]);
                });
    }

    @ParameterizedTest
    @CsvSource({"NS", "ns 500", "5 ns x"})
    void anythingElseAfterTheWordIsRefused(String rest) {
        DictAddCommand command = new DictAddCommand();
        command.dictionaries = adding(new ArrayList<>());
        command.dictionary = "places";
        command.word = "茌平区";
        command.frequencyAndTag = List.of(rest.split(" "));
        assertEquals(true, assertThrows(CorpusException.class, command::execute).getMessage().startsWith("After the word"));
    }
}
