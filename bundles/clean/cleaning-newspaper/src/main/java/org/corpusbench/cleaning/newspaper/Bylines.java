package org.corpusbench.cleaning.newspaper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corpusbench.api.Article;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.newspaper.ArticleMetadata;

/**
 * Reads the names in a byline or credit by the role words before them: 记者 (reporters), 通讯员
 * (correspondents), 实习生 (interns), 融媒体 (the paper's media centre: reporters), 摄 and 摄影 before or
 * after the names, and 文/图 after them (photographers), 评论员 (commentators),
 * in simplified or traditional characters (記者, 通訊員, 實習生, 攝).
 * Names without a role word are reporters (□ 胡磊 薛良诚); a credit without any name-like word is an
 * organisation, kept under {@value ArticleMetadata#CREDIT}. Collects across several bylines of one article.
 */
final class Bylines {
    /** Metadata key: the publication an article is reprinted from: 《人民日报》. */
    static final String SOURCE = "source";

    /**
     * Role words. One may stand after the issuer (本报, 新华社, 晚报, 特约, 见习: 本报特约记者) and
     * before a name (记者王培源); what precedes it is dropped, what follows is the name.
     */
    private static final List<Map.Entry<String, String>> ROLES = List.of(
            Map.entry("记者", ArticleMetadata.REPORTERS), Map.entry("記者", ArticleMetadata.REPORTERS),
            Map.entry("融媒体", ArticleMetadata.REPORTERS), Map.entry("融媒體", ArticleMetadata.REPORTERS),
            Map.entry("通讯员", ArticleMetadata.CORRESPONDENTS), Map.entry("通訊員", ArticleMetadata.CORRESPONDENTS),
            Map.entry("实习生", ArticleMetadata.INTERNS), Map.entry("實習生", ArticleMetadata.INTERNS),
            Map.entry("评论员", ArticleMetadata.COMMENTATORS), Map.entry("評論員", ArticleMetadata.COMMENTATORS),
            Map.entry("摄影", ArticleMetadata.PHOTOGRAPHERS), Map.entry("攝影", ArticleMetadata.PHOTOGRAPHERS));
    /** The longest issuer before a role word that is still read as one (本报特约: 4, 新华社: 3). */
    private static final int MAX_ISSUER_LENGTH = 6;

    /** What ends a photo credit, longest first. */
    private static final List<String> PHOTO_MARKS = List.of("摄影", "攝影", "摄", "攝");

    /**
     * One word of a byline: an optional 文/ or 图/, issuer, role word, a name of one to four characters
     * (or two parts around a middle dot), a closing 报道 or 摄, in that order, each optional. A word with
     * anything else (a colon, a fifth character of a name) makes the line no byline.
     */
    private static final Pattern BYLINE_WORD = Pattern.compile("(?:[文图圖][/／])?(?:本[报報]|新[华華]社|[晚日][报報])?"
            + "(?:特约|特約|见习|見習|融媒体|融媒體)?(?:记者|記者|通讯员|通訊員|实习生|實習生|评论员|評論員)?"
            + "(?:\\p{IsHan}{1,4}|\\p{IsHan}{1,3}·\\p{IsHan}{1,4})?(?:报道|報導|報道|摄影|攝影|摄|攝)?");
    /** What separates words, compiled once: String.split compiles a pattern of more than one character on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ROLE_WORD = Pattern.compile("记者|記者|通讯员|通訊員|实习生|實習生|评论员|評論員|融媒|报道|報導|報道|摄|攝");

    /** Last characters of an organisation's name, never of a person's: 区卫健局, 市委, 团委. */
    private static final String ORGANISATION_ENDS = "局委办辦部厅廳院校所司会會社队隊站处處科组組团團";

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
        String photographed = photoCredit(text); // 本报记者 张帆 摄: a photographer, bracketed or not
        if (photographed != null) {
            readPhoto(photographed);
        } else if (!readNames(text, bracketed ? null : ArticleMetadata.REPORTERS, false)) {
            String words = text.replace("报道", " ").strip();
            if (!words.isEmpty()) {
                other.merge(ArticleMetadata.CREDIT, words, (x, y) -> x + ArticleMetadata.SEPARATOR + y);
            }
        }
    }

    /** Reads a photo credit: 区综合行政执法局 摄, 本报记者 王培源 摄; without a name, the credited body is the photographer. */
    void readPhoto(String credit) {
        if (!readNames(credit, ArticleMetadata.PHOTOGRAPHERS, true) && !credit.isBlank()) {
            names.computeIfAbsent(ArticleMetadata.PHOTOGRAPHERS, r -> new LinkedHashSet<>()).add(credit.strip());
        }
    }

    /**
     * @param text a byline's or credit's words
     * @param role the role of names before any role word, null for none
     * @param photo whether every name is a photographer's, whatever role word stands before it
     * @return whether a name was read
     */
    private boolean readNames(String text, String role, boolean photo) {
        boolean anyName = false;
        String words = text.replace("记 者", "记者").replace("記 者", "記者").replace("报道", " ").replace("報導", " ")
                .replace("報道", " ").replace("通讯员", " 通讯员").replace("通訊員", " 通訊員").replace("实习生", " 实习生")
                .replace("實習生", " 實習生").strip(); // 记者高明通讯员赵雪, as OCR without spaces gives it
        String lastName = null;
        for (String word : spacedNamesJoined(SPACES.split(words))) {
            String rest = word;
            if ((rest.equals("文/图") || rest.equals("文/圖") || rest.equals("文／图") || rest.equals("文／圖")) && lastName != null) {
                names.computeIfAbsent(ArticleMetadata.PHOTOGRAPHERS, r -> new LinkedHashSet<>()).add(lastName); // wrote and photographed
                continue;
            }
            // 文/记者 潘莉 图/记者 于洋: who wrote the text and who took the pictures.
            if (rest.startsWith("图/") || rest.startsWith("圖/")) {
                photo = true;
                role = ArticleMetadata.PHOTOGRAPHERS;
                rest = rest.substring(2);
            } else if (rest.startsWith("文/")) {
                rest = rest.substring(2);
            }
            for (Map.Entry<String, String> entry : ROLES) {
                int at = rest.indexOf(entry.getKey());
                // A role word may follow the paper's or agency's name: 新华社记者, 晚报记者徐烨.
                if (at >= 0 && at <= MAX_ISSUER_LENGTH) {
                    role = photo ? ArticleMetadata.PHOTOGRAPHERS : entry.getValue();
                    rest = rest.substring(at + entry.getKey().length());
                    break;
                }
            }
            if (role != null && isName(rest)) {
                names.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(rest);
                anyName = true;
                lastName = rest;
            }
        }
        return anyName;
    }

    /**
     * Whether the words after a bullet (■ □ ● ◆ ▲) read as a byline: a role word or a photo mark
     * among them, or nothing but names of two to four characters that start with a known surname
     * (□ 胡磊 薛良诚). A bulleted heading or list item (■ 赛场内外, ● 收费标准) does not.
     *
     * @param words the words after the bullet
     * @return whether they are a byline
     */
    static boolean readsAsByline(String words) {
        boolean role = false;
        Matcher bylineWord = BYLINE_WORD.matcher(""); // one per call, reset per word: the matcher costs more than the match
        for (String word : SPACES.split(words.strip())) {
            if (!bylineWord.reset(word).matches()) {
                return false; // a word no byline has: 记者：今年春节假期全市旅, 赛场内外 read on
            }
            role |= !word.codePoints().allMatch(TokenType::isHan) || ROLE_WORD.matcher(word).find();
        }
        if (role || photoCredit(words) != null) {
            return true;
        }
        List<String> names = spacedNamesJoined(SPACES.split(words.strip()));
        return names.stream().allMatch(name -> isName(name) && name.codePointCount(0, name.length()) <= 4
                && Surnames.startsName(name) && ORGANISATION_ENDS.indexOf(name.codePointBefore(name.length())) < 0);
    }

    /**
     * Joins single characters that a typesetter spaced out into the name they spell (王 磊, 周 密):
     * two or three single Han characters in a row.
     */
    private static List<String> spacedNamesJoined(String[] words) {
        List<String> joined = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int end = i;
            while (end < words.length && isSingleHan(words[end])) {
                end++;
            }
            if (end - i >= 2 && end - i <= 3) {
                joined.add(String.join("", Arrays.asList(words).subList(i, end)));
                i = end;
            } else {
                joined.add(words[i++]);
            }
        }
        return joined;
    }

    private static boolean isSingleHan(String word) {
        return word.codePointCount(0, word.length()) == 1 && TokenType.isHan(word.codePointAt(0));
    }

    /**
     * @return the words of a bracketed photo credit without its closing 摄 or 摄影 (（本报记者徐烨摄）), or
     *         null if the words do not end so: a bracketed credit names photographers, not reporters
     */
    private static String photoCredit(String text) {
        String words = text.strip();
        for (String mark : PHOTO_MARKS) {
            if (words.endsWith(mark) && words.length() > mark.length()) {
                return words.substring(0, words.length() - mark.length()).strip();
            }
        }
        return null;
    }

    /** Records the publication an article is reprinted from. */
    void readSource(String source) {
        other.put(SOURCE, source);
    }

    /** Adds what another byline reader read, as if this one had read it. */
    void add(Bylines other) {
        other.names.forEach((role, set) -> names.computeIfAbsent(role, r -> new LinkedHashSet<>()).addAll(set));
        other.other.forEach((key, value) -> this.other.merge(key, value, (x, y) -> x + ArticleMetadata.SEPARATOR + y));
    }

    /** Puts what was read into an article's metadata. */
    void into(Map<String, String> metadata) {
        names.forEach((role, set) -> metadata.put(role, String.join(ArticleMetadata.NAME_SEPARATOR, set)));
        metadata.putAll(other);
    }

    /** Two to four Chinese characters (or a name with a middle dot): what Chinese bylines print. */
    private static boolean isName(String word) {
        int length = word.codePointCount(0, word.length());
        return length >= 2 && length <= 6 && word.codePoints().allMatch(cp -> TokenType.isHan(cp) || cp == '·');
    }
}
