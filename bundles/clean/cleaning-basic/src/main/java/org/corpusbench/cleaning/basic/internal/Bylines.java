package org.corpusbench.cleaning.basic.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corpusbench.api.Article;

/**
 * Reads the names in a byline or credit by the role words before them: 记者 (reporters), 通讯员
 * (correspondents), 实习生 (interns), 融媒体 (the paper's media centre: reporters), 摄 (photographers).
 * Names without a role word are reporters (□ 胡磊 薛良诚); a credit without any name-like word is an
 * organisation, kept under {@value #CREDIT}. Collects across several bylines of one article.
 */
final class Bylines {
    /** Metadata key: interns (实习生). */
    static final String INTERNS = "interns";
    /** Metadata key: photographers (摄). */
    static final String PHOTOGRAPHERS = "photographers";
    /** Metadata key: an organisation credited for the article: （区卫健局）. */
    static final String CREDIT = "credit";
    /** Metadata key: the publication an article is reprinted from: 《人民日报》. */
    static final String SOURCE = "source";

    /** Role words, longest first, since a role word may open a name: 记者王培源. */
    private static final List<Map.Entry<String, String>> ROLES = List.of(
            Map.entry("本报特约记者", Article.REPORTERS), Map.entry("本报见习记者", Article.REPORTERS),
            Map.entry("本报记者", Article.REPORTERS), Map.entry("特约记者", Article.REPORTERS),
            Map.entry("见习记者", Article.REPORTERS), Map.entry("记者", Article.REPORTERS),
            Map.entry("融媒体", Article.REPORTERS), Map.entry("通讯员", Article.CORRESPONDENTS),
            Map.entry("实习生", INTERNS));

    private final Map<String, Set<String>> names = new LinkedHashMap<>();
    private final Map<String, String> other = new LinkedHashMap<>();

    /**
     * Reads a byline's or a bracketed credit's words.
     *
     * @param text the words
     * @param bracketed whether they come from a credit in brackets, where words without a role word
     *        name an organisation (（区卫健局）) rather than reporters
     */
    void read(String text, boolean bracketed) {
        String role = bracketed ? null : Article.REPORTERS;
        boolean anyName = false;
        String words = text.replace("记 者", "记者").replace("报道", " ").strip();
        for (String word : words.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String rest = word;
            for (Map.Entry<String, String> entry : ROLES) {
                if (rest.startsWith(entry.getKey())) {
                    role = entry.getValue();
                    rest = rest.substring(entry.getKey().length());
                    break;
                }
            }
            if (role != null && isName(rest)) {
                names.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(rest);
                anyName = true;
            }
        }
        if (!anyName && !words.isEmpty()) {
            other.merge(CREDIT, words, (a, b) -> a + Article.SEPARATOR + b);
        }
    }

    /** Reads a photo credit: 区综合行政执法局 摄, 本报记者 王培源 摄. */
    void readPhoto(String credit) {
        for (String word : credit.split("\\s+")) {
            String name = word;
            for (Map.Entry<String, String> role : ROLES) {
                if (name.startsWith(role.getKey())) {
                    name = name.substring(role.getKey().length());
                    break;
                }
            }
            if (!name.isEmpty()) {
                names.computeIfAbsent(PHOTOGRAPHERS, r -> new LinkedHashSet<>()).add(name);
            }
        }
    }

    /** Records the publication an article is reprinted from. */
    void readSource(String source) {
        other.put(SOURCE, source);
    }

    /** Puts what was read into an article's metadata. */
    void into(Map<String, String> metadata) {
        names.forEach((role, set) -> metadata.put(role, String.join(Article.NAME_SEPARATOR, set)));
        metadata.putAll(other);
    }

    /** Two to four Chinese characters (or a name with a middle dot): what Chinese bylines print. */
    private static boolean isName(String word) {
        int length = word.codePointCount(0, word.length());
        return length >= 2 && length <= 6 && word.codePoints().allMatch(cp -> NewsText.isHan(cp) || cp == '·');
    }
}
