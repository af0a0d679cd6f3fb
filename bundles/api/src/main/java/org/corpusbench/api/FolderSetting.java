package org.corpusbench.api;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a configured folder such as {@code ${karaf.etc}/stopwords}, replacing each {@code ${property}}. */
public final class FolderSetting {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private FolderSetting() {
    }

    /**
     * @param what what the folder holds, for the message: {@code stopword}, {@code reference list}
     * @param setting the configured text
     * @param properties looks up a property (framework, then system), null if unset
     * @return the folder
     * @throws CorpusException naming a placeholder whose property is not set
     */
    public static Path resolve(String what, String setting, Function<String, String> properties) {
        Matcher matcher = PLACEHOLDER.matcher(setting);
        StringBuilder folder = new StringBuilder();
        while (matcher.find()) {
            String value = properties.apply(matcher.group(1));
            if (value == null) {
                throw new CorpusException("The " + what + " folder '" + setting + "' uses ${" + matcher.group(1)
                        + "}, which is not set");
            }
            matcher.appendReplacement(folder, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(folder);
        return Path.of(folder.toString());
    }
}
