package org.corpusbench.commands.internal;

import java.util.Arrays;
import org.apache.karaf.shell.api.console.CommandLine;

/** A command line typed up to the cursor, which stands at the end of its last word ("" for a new word). */
record FakeLine(String[] words) implements CommandLine {
    static FakeLine of(String... words) {
        return new FakeLine(words);
    }

    @Override
    public int getCursorArgumentIndex() {
        return words.length - 1;
    }

    @Override
    public String getCursorArgument() {
        return words[words.length - 1];
    }

    @Override
    public int getArgumentPosition() {
        return getCursorArgument().length();
    }

    @Override
    public String[] getArguments() {
        return Arrays.copyOf(words, words.length);
    }

    @Override
    public int getBufferPosition() {
        return getBuffer().length();
    }

    @Override
    public String getBuffer() {
        return String.join(" ", words);
    }
}
