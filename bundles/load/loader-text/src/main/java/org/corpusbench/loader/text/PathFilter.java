package org.corpusbench.loader.text;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;

/** The include and exclude glob patterns of {@link LoadOptions}, on paths relative to the loaded folder. */
public final class PathFilter {
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    /** @throws CorpusException if a pattern is not a valid glob */
    public PathFilter(LoadOptions options) {
        this.include = matchers(options.include());
        this.exclude = matchers(options.exclude());
    }

    /** @return whether the patterns let through this path, relative to the loaded folder */
    public boolean admits(Path relative) {
        return (include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative)))
                && exclude.stream().noneMatch(m -> m.matches(relative));
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(glob -> {
            try {
                return FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw new CorpusException("Invalid pattern '" + glob + "': " + e.getDescription());
            }
        }).toList();
    }
}
