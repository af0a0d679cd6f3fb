package org.corpusbench.cleaning.basic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.corpusbench.api.Article;
import org.corpusbench.api.CleanedText;

/**
 * Removes page furniture, the lines that belong to the page rather than to an article (masthead,
 * issue number, the staff on duty, pointers to other pages, the "today's guide" box), and keeps what
 * they say about the page as metadata: the named groups {@code year}, {@code month} and {@code day}
 * of a matching pattern give {@code issue.date}, {@code issue} gives {@link Article#ISSUE} and
 * {@code page} gives {@link Article#PAGE}. The removed lines are kept, too, under {@code furniture}.
 *
 * <p>Works on whole lines, so it runs before the rejoin step. A removed line takes its line break and
 * a blank line before it with it, so no run of blank lines is left behind. Immutable and thread-safe.
 */
public final class FurnitureRemover {
    /** Metadata key: the removed lines, separated by {@value #LINE_SEPARATOR}. */
    public static final String FURNITURE = "furniture";
    /** Metadata key: the issue's date, ISO 8601. */
    public static final String ISSUE_DATE = "issue.date";
    static final String LINE_SEPARATOR = " | ";
    private static final int GUIDE_ENTRY_MAX_LENGTH = 32;

    private final List<Pattern> patterns;
    private final Pattern guideHeading;

    /**
     * @param patterns regular expressions a furniture line matches entirely
     * @param guideHeading the heading of a guide box whose entries (short lines) follow it
     * @throws IllegalArgumentException naming the pattern that does not compile
     */
    public FurnitureRemover(List<String> patterns, String guideHeading) {
        this.patterns = patterns.stream().filter(p -> !p.isBlank()).map(FurnitureRemover::compile).toList();
        this.guideHeading = compile(guideHeading);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Furniture pattern '" + regex + "' is not a regular expression: "
                    + e.getDescription(), e);
        }
    }

    /**
     * @param text the output of the whitespace and width steps
     * @return the text without furniture, with the page's metadata
     */
    public CleanedText remove(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] furniture = new boolean[lines.length];
        CleanedText.Builder out = CleanedText.builder();
        List<String> removed = new ArrayList<>();
        boolean inGuide = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (inGuide && line.codePointCount(0, line.length()) <= GUIDE_ENTRY_MAX_LENGTH && NewsText.looksLikeTitle(line)) {
                furniture[i] = true;
            } else if (guideHeading.matcher(line).matches()) {
                furniture[i] = true;
                inGuide = true;
            } else {
                inGuide = false;
                furniture[i] = matchAny(line, out);
            }
            if (furniture[i]) {
                removed.add(line);
            }
        }
        int offset = 0;
        boolean written = false;
        boolean blankPending = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (furniture[i]) {
                out.count("furniture.lines", 1);
            } else if (line.isEmpty()) {
                blankPending = written;
            } else {
                if (written) {
                    out.append('\n', offset - 1);
                    if (blankPending) {
                        out.append('\n', offset - 1);
                    }
                }
                for (int k = 0; k < line.length(); ) {
                    int cp = line.codePointAt(k);
                    out.append(cp, offset + line.codePointCount(0, k));
                    k += Character.charCount(cp);
                }
                written = true;
                blankPending = false;
            }
            offset += line.codePointCount(0, line.length()) + 1;
        }
        if (!removed.isEmpty()) {
            out.metadata(FURNITURE, String.join(LINE_SEPARATOR, removed));
        }
        return out.build(offset - 1);
    }

    private boolean matchAny(String line, CleanedText.Builder out) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.matches()) {
                String year = group(matcher, "year");
                String month = group(matcher, "month");
                String day = group(matcher, "day");
                if (year != null && month != null && day != null) {
                    out.metadata(ISSUE_DATE, String.format("%s-%02d-%02d", year, Integer.parseInt(month), Integer.parseInt(day)));
                }
                if (group(matcher, "issue") != null) {
                    out.metadata(Article.ISSUE, group(matcher, "issue"));
                }
                if (group(matcher, "page") != null) {
                    out.metadata(Article.PAGE, group(matcher, "page"));
                }
                return true;
            }
        }
        return false;
    }

    /** @return the named group's value, or null when the pattern has no such group or it did not take part */
    private static String group(Matcher matcher, String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
