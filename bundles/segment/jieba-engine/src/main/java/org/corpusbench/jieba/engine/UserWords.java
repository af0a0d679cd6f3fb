package org.corpusbench.jieba.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.UserDictionary;

/** A user dictionary file in jieba's format, read as {@code load_userdict} reads it ({@link UserDictionary#read}). */
final class UserWords {
    /** One line: a null frequency is suggested as jieba's {@code suggest_freq(word)} does; a null tag keeps the word's tag. */
    record UserWord(String word, Long frequency, String tag) {
    }

    private UserWords() {
    }

    /**
     * @param in the file's bytes
     * @param name what to call the file in an error
     * @return its words, in file order (a later line for a word wins when they are added)
     * @throws IOException if it cannot be read or a line is not UTF-8 or not an entry (naming the file and line)
     */
    static List<UserWord> read(InputStream in, String name) throws IOException {
        try {
            return UserDictionary.read(in.readAllBytes(), name).stream()
                    .map(entry -> new UserWord(entry.word(), entry.frequency(), entry.tag())).toList();
        } catch (CorpusException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
