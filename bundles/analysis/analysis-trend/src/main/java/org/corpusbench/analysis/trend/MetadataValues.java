package org.corpusbench.analysis.trend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpusbench.api.newspaper.ArticleMetadata;

/**
 * The values one document has under a key, as the workbench's cleaning writes them: the name lists
 * {@code reporters}, {@code correspondents}, {@code photographers}, {@code interns} and
 * {@code commentators} hold several names separated by
 * {@value ArticleMetadata#NAME_SEPARATOR}, {@code subheadline} several headlines separated by
 * {@value ArticleMetadata#SEPARATOR}; every other key holds one value. Names are trimmed, empty ones and
 * repeats dropped. A document without the key, or with only blanks under it, has the single value
 * {@value #NONE}.
 */
public final class MetadataValues {
    /** The value of documents without the key. */
    public static final String NONE = "(none)";
    private static final Pattern NAMES = Pattern.compile(Pattern.quote(ArticleMetadata.NAME_SEPARATOR));
    private static final Map<String, Pattern> LISTS = Map.of(ArticleMetadata.REPORTERS, NAMES,
            ArticleMetadata.CORRESPONDENTS, NAMES, ArticleMetadata.PHOTOGRAPHERS, NAMES, ArticleMetadata.INTERNS, NAMES,
            ArticleMetadata.COMMENTATORS, NAMES,
            ArticleMetadata.SUBHEADLINE, Pattern.compile(Pattern.quote(ArticleMetadata.SEPARATOR.strip())));

    private MetadataValues() {
    }

    /**
     * @param metadata a document's metadata
     * @param key a key
     * @return its values under the key, in the order written, at least one
     */
    public static List<String> of(Map<String, String> metadata, String key) {
        String value = metadata.get(key);
        Set<String> values = new LinkedHashSet<>();
        if (value != null) {
            Pattern separator = LISTS.get(key);
            for (String part : separator == null ? new String[] {value} : separator.split(value)) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values.isEmpty() ? List.of(NONE) : new ArrayList<>(values);
    }
}
