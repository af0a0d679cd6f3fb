package org.corpusbench.cleaning.newspaper;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corpusbench.api.Article;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.corpusbench.cleaning.newspaper.PageFixture.Label;
import org.corpusbench.cleaning.newspaper.PageFixture.LabelledPage;

/**
 * Not a test: scores today's cleaning (this bundle's steps and splitter with their default
 * settings, run as {@link NewsPipeline} runs them) against the hand-labelled pages of
 * {@link PageFixture}, and prints a table per page and per shape. It asserts nothing, since the
 * cleaning fails many of these pages; it is the measure later changes are judged by.
 *
 * <p>An article is found when a document's body, compared as {@link PageFixture#key}, has the
 * labelled first and last 10 characters within 25 characters of its start and end ("exact": at its
 * start and end, so that no dateline, byline or credit is left in the body); the other columns count the found articles whose value
 * equals the label (names as sets; dates by month and day, since a year comes only from an issue
 * date; "paragraphs whole" when the body has the labelled number of paragraphs), and count an
 * article not found as wrong. Invented names: a name in metadata that is not a substring of the
 * page (whitespace left out). Spurious names: a name in metadata that no label of the page has, in
 * any role (words of the body taken for names, which are substrings of the page). Number spaces: a digit, a space, a digit in the cleaned text where
 * the original had a line break between the digits. Characters accounted for: the share of the
 * page's non-whitespace characters that are in exactly one document's body, or, not in any body,
 * are found as a piece of a metadata value (pieces split at the value separators, longest
 * first, each at its first occurrence among the characters still free).
 *
 * <p>Run from this module's directory after {@code mvn -o -q install -pl bundles/clean/cleaning-newspaper}:
 * {@code java -cp target/test-classes:target/classes:$HOME/.m2/repository/org/corpusbench/corpusbench-api/0.1.0-SNAPSHOT/corpusbench-api-0.1.0-SNAPSHOT.jar:$HOME/.m2/repository/com/ibm/icu/icu4j/78.1/icu4j-78.1.jar
 * org.corpusbench.cleaning.newspaper.PageScorer [NAME-PREFIX] [--dump]}: the prefix scores some pages
 * only, {@code --dump} also prints every document the cleaning made.
 */
public final class PageScorer {
    private static final List<String> NAME_KEYS = List.of(ArticleMetadata.REPORTERS, ArticleMetadata.CORRESPONDENTS,
            ArticleMetadata.PHOTOGRAPHERS, ArticleMetadata.INTERNS);
    /** How far from its ends a body may have the labelled start and end and still count as found. */
    private static final int SLACK = 25;

    /** Counts for a page or a group of pages. */
    static final class Tally {
        int pages;
        int expected;
        int documents;
        int found;
        int exact;
        int headlines;
        int headlinesLabelled;
        int reporters;
        int reportersLabelled;
        int correspondents;
        int correspondentsLabelled;
        int photographers;
        int photographersLabelled;
        int dates;
        int datesLabelled;
        int places;
        int placesLabelled;
        int paragraphs;
        int paragraphsLabelled;
        int invented;
        int spurious;
        int numberSpaces;
        long characters;
        long accounted;

        void add(Tally other) {
            pages += other.pages;
            expected += other.expected;
            documents += other.documents;
            found += other.found;
            exact += other.exact;
            headlines += other.headlines;
            headlinesLabelled += other.headlinesLabelled;
            reporters += other.reporters;
            reportersLabelled += other.reportersLabelled;
            correspondents += other.correspondents;
            correspondentsLabelled += other.correspondentsLabelled;
            photographers += other.photographers;
            photographersLabelled += other.photographersLabelled;
            dates += other.dates;
            datesLabelled += other.datesLabelled;
            places += other.places;
            placesLabelled += other.placesLabelled;
            paragraphs += other.paragraphs;
            paragraphsLabelled += other.paragraphsLabelled;
            invented += other.invented;
            spurious += other.spurious;
            numberSpaces += other.numberSpaces;
            characters += other.characters;
            accounted += other.accounted;
        }

        String row(String name) {
            return String.format("%-28s %3d %7s %5d %5d %7s %7s %7s %7s %7s %7s %7s %4d %4d %4d %6.1f%%", name, pages,
                    found + "/" + expected, documents, exact, ratio(headlines, headlinesLabelled), ratio(reporters, reportersLabelled),
                    ratio(correspondents, correspondentsLabelled), ratio(photographers, photographersLabelled),
                    ratio(dates, datesLabelled), ratio(places, placesLabelled), ratio(paragraphs, paragraphsLabelled),
                    invented, spurious, numberSpaces, characters == 0 ? 100.0 : 100.0 * accounted / characters);
        }

        private static String ratio(int right, int labelled) {
            return labelled == 0 ? "-" : right + "/" + labelled;
        }
    }

    static final String HEADER = String.format("%-28s %3s %7s %5s %5s %7s %7s %7s %7s %7s %7s %7s %4s %4s %4s %7s", "page/shape",
            "pg", "found", "docs", "exact", "heads", "report", "corresp", "photo", "dates", "places", "paras", "inv", "spur", "n_sp", "chars");

    private final List<String> notes = new ArrayList<>();

    private PageScorer() {
    }

    public static void main(String[] args) {
        boolean dump = List.of(args).contains("--dump");
        String prefix = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse("");
        PageScorer scorer = new PageScorer();
        Map<String, Tally> shapes = new LinkedHashMap<>();
        Tally seeds = new Tally();
        Tally unseen = new Tally();
        System.out.println(HEADER);
        for (LabelledPage page : PageFixture.load()) {
            if (!page.name().startsWith(prefix)) {
                continue;
            }
            Tally tally = scorer.score(page);
            if (dump) {
                dump(page);
            }
            System.out.println(tally.row(page.name()));
            shapes.computeIfAbsent(page.shape() + "/" + page.script().substring(0, 4), s -> new Tally()).add(tally);
            (page.labelsFile().getParent().endsWith("seeds") ? seeds : unseen).add(tally);
        }
        System.out.println();
        System.out.println(HEADER.replaceFirst("page/shape", "shape/script"));
        shapes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.println(e.getValue().row(e.getKey())));
        System.out.println(seeds.row("SEEDS"));
        System.out.println(unseen.row("NEW PAGES"));
        System.out.println();
        scorer.notes.forEach(System.out::println);
    }

    /** Prints what the cleaning made of a page: each document's metadata and body. */
    private static void dump(LabelledPage page) {
        NewsPipeline.Page cleaned = NewsPipeline.clean(page.text());
        System.out.println("== " + page.name() + " " + new java.util.TreeMap<>(cleaned.cleaned().metadata()));
        for (Article article : cleaned.articles()) {
            System.out.println("-- " + new java.util.TreeMap<>(article.metadata()));
            System.out.println(cleaned.body(article));
        }
    }

    Tally score(LabelledPage page) {
        NewsPipeline.Page cleaned = NewsPipeline.clean(page.text());
        List<Article> articles = cleaned.articles();
        Tally tally = new Tally();
        tally.pages = 1;
        tally.expected = page.articles().size();
        tally.documents = articles.size();
        boolean[] used = new boolean[articles.size()];
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Label label : page.articles()) {
            Article article = match(cleaned, articles, used, label, 0);
            tally.exact += article == null ? 0 : 1;
            if (article == null) {
                article = match(cleaned, articles, used, label, SLACK);
            }
            if (article == null) {
                missing.add(label.headline().isEmpty() ? label.bodyStart() : label.headline());
            }
            tally.found += article == null ? 0 : 1;
            Map<String, String> found = article == null ? Map.of() : article.metadata();
            if (label.headline() != null) {
                tally.headlinesLabelled++;
                boolean right = article != null && same(label.headline(), found.get(ArticleMetadata.HEADLINE))
                        && (label.subheadline() == null || same(label.subheadline(), found.get(ArticleMetadata.SUBHEADLINE)));
                tally.headlines += right ? 1 : 0;
                if (article != null && !right) {
                    wrong.add("headline " + label.headline() + (label.subheadline() == null || label.subheadline().isEmpty() ? ""
                            : " / " + label.subheadline()) + " -> " + found.get(ArticleMetadata.HEADLINE) + " / " + found.get(ArticleMetadata.SUBHEADLINE));
                }
            }
            if (label.reporters() != null) {
                tally.reportersLabelled++;
                boolean right = article != null && sameNames(label.reporters(), found.get(ArticleMetadata.REPORTERS));
                tally.reporters += right ? 1 : 0;
                if (article != null && !right) {
                    wrong.add("reporters " + label.reporters() + " -> " + found.get(ArticleMetadata.REPORTERS));
                }
            }
            if (label.correspondents() != null) {
                tally.correspondentsLabelled++;
                boolean right = article != null && sameNames(label.correspondents(), found.get(ArticleMetadata.CORRESPONDENTS));
                tally.correspondents += right ? 1 : 0;
                if (article != null && !right) {
                    wrong.add("correspondents " + label.correspondents() + " -> " + found.get(ArticleMetadata.CORRESPONDENTS));
                }
            }
            if (label.photographers() != null) {
                tally.photographersLabelled++;
                boolean right = article != null && sameNames(label.photographers(), found.get(ArticleMetadata.PHOTOGRAPHERS));
                tally.photographers += right ? 1 : 0;
                if (article != null && !right) {
                    wrong.add("photographers " + label.photographers() + " -> " + found.get(ArticleMetadata.PHOTOGRAPHERS));
                }
            }
            if (label.date() != null) {
                tally.datesLabelled++;
                String date = found.get(ArticleMetadata.DATE);
                boolean right = label.date().isEmpty() ? date == null : date != null && date.endsWith(label.date());
                tally.dates += article != null && right ? 1 : 0;
                if (article != null && !right) {
                    wrong.add("date " + label.date() + " -> " + date);
                }
            }
            if (label.place() != null) {
                tally.placesLabelled++;
                boolean right = article != null && same(label.place(), found.get(ArticleMetadata.PLACE));
                tally.places += right ? 1 : 0;
                if (article != null && !right) {
                    wrong.add("place " + label.place() + " -> " + found.get(ArticleMetadata.PLACE));
                }
            }
            if (label.paragraphs() != null) {
                tally.paragraphsLabelled++;
                int paragraphs = article == null ? 0 : cleaned.body(article).split("\n").length;
                tally.paragraphs += article != null && paragraphs == label.paragraphs() ? 1 : 0;
                if (article != null && paragraphs != label.paragraphs()) {
                    wrong.add("paragraphs " + label.paragraphs() + " -> " + paragraphs);
                }
            }
        }
        if (!missing.isEmpty()) {
            notes.add(page.name() + ": not found " + missing);
        }
        if (!wrong.isEmpty()) {
            notes.add(page.name() + ": wrong " + wrong);
        }
        tally.invented = inventedNames(page, articles);
        tally.spurious = spuriousNames(page, articles);
        tally.numberSpaces = numberSpaces(page, cleaned);
        account(page, cleaned, tally);
        return tally;
    }

    /**
     * The first unused article whose body starts and ends with the labelled characters, or, with
     * {@code slack}, has them within that many characters of its start and end (a dateline or a
     * byline left in the body, a credit left at its end).
     */
    private static Article match(NewsPipeline.Page cleaned, List<Article> articles, boolean[] used, Label label, int slack) {
        String start = PageFixture.key(label.bodyStart());
        String end = PageFixture.key(label.bodyEnd());
        for (int i = 0; i < articles.size(); i++) {
            String body = PageFixture.key(cleaned.body(articles.get(i)));
            int startAt = body.indexOf(start);
            int endAt = body.lastIndexOf(end);
            if (!used[i] && startAt >= 0 && startAt <= slack && endAt >= startAt && endAt >= body.length() - end.length() - slack) {
                used[i] = true;
                return articles.get(i);
            }
        }
        return null;
    }

    private static boolean same(String label, String found) {
        return PageFixture.key(label).equals(PageFixture.key(found));
    }

    private static boolean sameNames(List<String> label, String found) {
        Set<String> expected = new HashSet<>();
        label.forEach(name -> expected.add(PageFixture.key(name)));
        Set<String> actual = new HashSet<>();
        if (found != null) {
            for (String name : found.split(ArticleMetadata.NAME_SEPARATOR)) {
                actual.add(PageFixture.key(name));
            }
        }
        return expected.equals(actual);
    }

    private int inventedNames(LabelledPage page, List<Article> articles) {
        String text = PageFixture.key(page.text());
        List<String> invented = new ArrayList<>();
        for (Article article : articles) {
            for (String key : NAME_KEYS) {
                String names = article.metadata().get(key);
                for (String name : names == null ? new String[0] : names.split(ArticleMetadata.NAME_SEPARATOR)) {
                    if (!text.contains(PageFixture.key(name))) {
                        invented.add(key + "=" + name);
                    }
                }
            }
        }
        if (!invented.isEmpty()) {
            notes.add(page.name() + ": invented " + invented);
        }
        return invented.size();
    }

    /**
     * Names in metadata that no label of the page has in any role: words of a body or a headline
     * read as names (赛事速递, 晚报记者, 徐烨摄). Only roles the page labels are looked at.
     */
    private int spuriousNames(LabelledPage page, List<Article> articles) {
        Set<String> labelled = new HashSet<>();
        Set<String> roles = new HashSet<>();
        for (Label label : page.articles()) {
            for (Map.Entry<String, List<String>> role : Map.of(ArticleMetadata.REPORTERS, nonNull(label.reporters()),
                    ArticleMetadata.CORRESPONDENTS, nonNull(label.correspondents()), ArticleMetadata.PHOTOGRAPHERS, nonNull(label.photographers())).entrySet()) {
                role.getValue().forEach(name -> labelled.add(PageFixture.key(name)));
            }
            if (label.reporters() != null) {
                roles.add(ArticleMetadata.REPORTERS);
            }
            if (label.correspondents() != null) {
                roles.add(ArticleMetadata.CORRESPONDENTS);
            }
            if (label.photographers() != null) {
                roles.add(ArticleMetadata.PHOTOGRAPHERS);
            }
        }
        List<String> spurious = new ArrayList<>();
        for (Article article : articles) {
            for (String role : List.of(ArticleMetadata.REPORTERS, ArticleMetadata.CORRESPONDENTS, ArticleMetadata.PHOTOGRAPHERS)) {
                String names = article.metadata().get(role);
                if (names != null && roles.contains(role)) {
                    for (String name : names.split(ArticleMetadata.NAME_SEPARATOR)) {
                        if (!labelled.contains(PageFixture.key(name))) {
                            spurious.add(role + "=" + name);
                        }
                    }
                }
            }
        }
        if (!spurious.isEmpty()) {
            notes.add(page.name() + ": spurious names " + spurious);
        }
        return spurious.size();
    }

    private static List<String> nonNull(List<String> names) {
        return names == null ? List.of() : names;
    }

    private int numberSpaces(LabelledPage page, NewsPipeline.Page cleaned) {
        int[] text = cleaned.cleaned().text().codePoints().toArray();
        int[] original = page.text().codePoints().toArray();
        OffsetMap offsets = cleaned.cleaned().offsets();
        List<String> examples = new ArrayList<>();
        for (int i = 0; i + 2 < text.length; i++) {
            if (Character.isDigit(text[i]) && text[i + 1] == ' ' && Character.isDigit(text[i + 2])) {
                int from = offsets.toOriginal(i);
                int to = offsets.toOriginal(i + 2);
                boolean wrapped = false;
                for (int o = from; o < to && o < original.length; o++) {
                    wrapped |= original[o] == '\n';
                }
                if (wrapped) {
                    examples.add(new String(text, Math.max(0, i - 4), Math.min(text.length, i + 7) - Math.max(0, i - 4)));
                }
            }
        }
        if (!examples.isEmpty()) {
            notes.add(page.name() + ": spaces in numbers " + examples);
        }
        return examples.size();
    }

    /** Marks where each body character came from, then finds the metadata values among the rest. */
    private void account(LabelledPage page, NewsPipeline.Page cleaned, Tally tally) {
        int[] original = page.text().codePoints().toArray();
        int[] times = new int[original.length];
        OffsetMap offsets = cleaned.cleaned().offsets();
        List<String> values = new ArrayList<>(cleaned.cleaned().metadata().values());
        int[] text = cleaned.cleaned().text().codePoints().toArray();
        for (Article article : cleaned.articles()) {
            for (Article.Span span : article.body()) {
                for (int c = span.start(); c < span.end(); c++) {
                    if (!Character.isWhitespace(text[c])) { // a space the cleaning put between two lines has no character of its own
                        times[offsets.toOriginal(c)]++;
                    }
                }
            }
            values.addAll(article.metadata().values());
        }
        String[] folded = new String[original.length];
        for (int i = 0; i < original.length; i++) {
            folded[i] = PageFixture.key(Character.toString(original[i]));
        }
        List<String> pieces = new ArrayList<>();
        for (String value : values) {
            for (String piece : value.split(" / |、| \\| |\\s+")) {
                pieces.add(PageFixture.key(piece));
            }
        }
        // longest first, so that a name does not take the characters of a headline that contains it;
        // and in a fixed order, since the articles' metadata maps have none
        pieces.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String piece : pieces) {
            claim(folded, times, piece);
        }
        int firstMissing = -1;
        for (int i = 0; i < original.length; i++) {
            if (!Character.isWhitespace(original[i]) && original[i] != '\u3000') {
                tally.characters++;
                tally.accounted += times[i] == 1 ? 1 : 0;
                if (times[i] == 0 && firstMissing < 0) {
                    firstMissing = i;
                }
            }
        }
        long twice = Arrays.stream(times).filter(t -> t > 1).count();
        if (firstMissing >= 0 || twice > 0) {
            int end = firstMissing;
            while (firstMissing >= 0 && end < original.length && end - firstMissing < 30
                    && (times[end] == 0 || Character.isWhitespace(original[end]))) {
                end++;
            }
            notes.add(page.name() + ": " + (tally.characters - tally.accounted) + " characters not accounted for"
                    + (twice > 0 ? " (" + twice + " twice)" : "") + (firstMissing < 0 ? ""
                    : "; first missing at " + firstMissing + ": \"" + new String(original, firstMissing, end - firstMissing)
                            .replace("\n", "⏎") + "\""));
        }
    }

    /** Marks the first occurrence of the piece among characters no body holds and no other value has claimed. */
    private static void claim(String[] folded, int[] times, String piece) {
        if (piece.isEmpty()) {
            return;
        }
        for (int start = 0; start < folded.length; start++) {
            int at = start;
            int matched = 0;
            List<Integer> positions = new ArrayList<>();
            while (at < folded.length && matched < piece.length()) {
                if (folded[at].isEmpty()) {
                    at++;
                    continue;
                }
                if (times[at] != 0 || !piece.startsWith(folded[at], matched)) {
                    break;
                }
                matched += folded[at].length();
                positions.add(at++);
            }
            if (matched == piece.length() && !positions.isEmpty() && !folded[start].isEmpty()) {
                positions.forEach(p -> times[p] = 1);
                return;
            }
        }
    }
}
