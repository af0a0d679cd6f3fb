package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corpusbench.cleaning.newspaper.PageFixture.Label;
import org.corpusbench.cleaning.newspaper.PageFixture.LabelledPage;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled pages that {@link PageScorer} measures the cleaning with are themselves
 * well-formed: every label file parses and names a page, and every labelled headline, name, place
 * and body end is text of its page (line breaks and spaces left out), in print order, so that the
 * labels cannot invent anything the cleaning would then be blamed for not finding.
 */
class PageFixtureTest {
    private static final Set<String> SCRIPTS = Set.of("simplified", "traditional");

    private final List<LabelledPage> pages = PageFixture.load();

    @Test
    void theSeedsAndAtLeastThirtyNewPagesAreLabelled() {
        long seeds = pages.stream().filter(page -> page.labelsFile().getParent().endsWith("seeds")).count();
        assertEquals(5, seeds, "one label file per seed page");
        assertEquals(48, pages.stream().filter(page -> page.labelsFile().getParent().endsWith("seeds"))
                .mapToInt(page -> page.articles().size()).sum(), "the seeds' 48 articles");
        assertTrue(pages.size() - seeds >= 30, "new pages: " + (pages.size() - seeds));
    }

    @Test
    void everyLabelIsTextOfItsPage() {
        List<String> problems = new ArrayList<>();
        for (LabelledPage page : pages) {
            String text = PageFixture.key(page.text());
            if (page.shape() == null || page.shape().isBlank() || !SCRIPTS.contains(page.script())) {
                problems.add(page.name() + ": shape and script (simplified or traditional) are required");
            }
            if (page.articles().isEmpty()) {
                problems.add(page.name() + ": no articles");
            }
            int from = 0;
            for (Label label : page.articles()) {
                String where = page.name() + " / " + label.bodyStart() + ": ";
                List<String> texts = new ArrayList<>();
                texts.add(label.headline());
                if (label.subheadline() != null) {
                    texts.addAll(List.of(label.subheadline().split(" / ")));
                }
                texts.add(label.place());
                for (List<String> names : java.util.Arrays.asList(label.reporters(), label.correspondents(), label.photographers())) {
                    if (names != null) {
                        names.forEach(name -> {
                            texts.add(name);
                            if (PageFixture.key(name).length() < 2 || PageFixture.key(name).length() > 4) {
                                problems.add(where + "a name has 2 to 4 characters: " + name);
                            }
                        });
                    }
                }
                for (String labelled : texts) {
                    if (labelled != null && !text.contains(PageFixture.key(labelled))) {
                        problems.add(where + "not in the page: " + labelled);
                    }
                }
                for (String end : List.of(nonNull(label.bodyStart()), nonNull(label.bodyEnd()))) {
                    int length = end.replaceAll("\\s+", "").codePointCount(0, end.replaceAll("\\s+", "").length());
                    if (length == 0 || length > 10) {
                        problems.add(where + "body start and end have 1 to 10 characters: " + end);
                    }
                }
                int start = text.indexOf(PageFixture.key(label.bodyStart()), from);
                if (start < 0) {
                    problems.add(where + "body start not in the page after the previous article's");
                } else if (text.indexOf(PageFixture.key(label.bodyEnd()), start) < 0) {
                    problems.add(where + "body end not in the page after its start");
                } else {
                    from = start + 1;
                }
                if (label.date() != null && !label.date().matches("(\\d\\d-\\d\\d)?")) {
                    problems.add(where + "a date is MM-DD or empty: " + label.date());
                }
                if (label.paragraphs() != null && label.paragraphs() < 1) {
                    problems.add(where + "an article has at least one paragraph");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void newPagesLabelEverything() {
        List<String> incomplete = new ArrayList<>();
        for (LabelledPage page : pages) {
            if (page.labelsFile().getParent().endsWith("seeds")) {
                continue;
            }
            for (Label label : page.articles()) {
                if (label.headline() == null || label.subheadline() == null || label.reporters() == null
                        || label.correspondents() == null || label.photographers() == null || label.place() == null
                        || label.date() == null || label.paragraphs() == null) {
                    incomplete.add(page.name() + " / " + label.bodyStart());
                }
            }
        }
        assertEquals(List.of(), incomplete);
    }

    @Test
    void twinsHaveTheArticlesOfThePageTheyTwin() {
        Map<String, LabelledPage> byName = pages.stream().collect(Collectors.toMap(LabelledPage::name, Function.identity()));
        for (LabelledPage page : pages) {
            if (page.twinOf() != null) {
                LabelledPage twin = byName.get(page.twinOf());
                assertTrue(twin != null, page.name() + " twins a page that is not in the fixture: " + page.twinOf());
                assertEquals(twin.articles().size(), page.articles().size(), page.name());
                assertTrue(!twin.script().equals(page.script()), page.name() + " is in the other script");
            }
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
