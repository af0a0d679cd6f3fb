package org.corpusbench.cleaning.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.corpusbench.api.CodePoints;
import org.corpusbench.api.CleanedText;

import com.ibm.icu.text.Transliterator;
import org.corpusbench.api.TokenType;

/**
 * Normalises character widths the way Chinese typesetting expects, without touching Chinese
 * punctuation: full-width Latin letters and digits become half-width (ＡＢＣ１２３ to ABC123); the
 * half-width punctuation {@code , : ; ( ) ? !} next to a Chinese character becomes full-width
 * (PDF extraction of 001 gives 提出,着力); spaces between a digit and a Chinese character go
 * (3 月 2 日, 等 10 个集体), and so do the spaces of letter-spaced runs of at least three single
 * characters (今 日 导 读, 校 内 假 期). Other spaces between Chinese characters stay: they separate names
 * in bylines and the two halves of a headline; except in a text that OCR spaced throughout (see
 * {@link #isOcrSpaced}), where every space between Chinese characters, punctuation and digits goes. Optionally folds traditional characters to simplified
 * ones with ICU4J's {@code Traditional-Simplified} transform, character by character so that offsets
 * stay exact.
 *
 * <p>Thread-safe: the transform is used under a lock and its results are cached per character.
 */
public final class WidthNormaliser {
    private static final String HALF_PUNCTUATION = ",:;()?!";
    private static final String FULL_PUNCTUATION = "，：；（）？！";
    private static final long HALF_PUNCTUATION_BITS = HALF_PUNCTUATION.chars().mapToLong(c -> 1L << c).reduce(0, (a, b) -> a | b);
    private static final int LETTER_SPACED_RUN = 3;
    /** One space between Han characters per this many Han characters marks an OCR'd text. */
    private static final int OCR_SPACE_EVERY = 12;
    /** The fewest Han characters a text needs before its spaces are judged. */
    private static final int OCR_MIN_HAN = 50;

    private final Transliterator traditionalToSimplified;
    private final Map<Integer, Integer> folded = new ConcurrentHashMap<>();

    /** @param foldTraditional whether traditional characters become simplified */
    public WidthNormaliser(boolean foldTraditional) {
        this.traditionalToSimplified = foldTraditional ? Transliterator.getInstance("Traditional-Simplified") : null;
    }

    /**
     * @param text the output of the whitespace step
     * @return the normalised text
     */
    public CleanedText normalise(String text) {
        int[] in = CodePoints.of(text);
        boolean[] dropSpace = letterSpacing(in);
        boolean ocrSpaced = isOcrSpaced(in);
        TextOutput out = new TextOutput(text.length());
        for (int i = 0; i < in.length; i++) {
            int cp = in[i];
            int previous = i > 0 ? in[i - 1] : -1;
            int next = i + 1 < in.length ? in[i + 1] : -1;
            if (cp == ' ' && (dropSpace[i] || isDigit(previous) && TokenType.isHan(next)
                    || TokenType.isHan(previous) && isDigit(next)
                    || ocrSpaced && (isChinese(previous) || isDigit(previous)) && (isChinese(next) || isDigit(next)))) {
                out.count("spaces.removed", 1);
                continue;
            }
            int normalised = cp;
            if (isFullWidthLetterOrDigit(cp)) {
                normalised = cp - 0xFEE0;
                out.count("width.folded", 1);
            } else if (isHalfPunctuation(cp) && (isChinese(previous) || isChinese(next))) {
                normalised = FULL_PUNCTUATION.charAt(HALF_PUNCTUATION.indexOf(cp));
                out.count("punctuation.widened", 1);
            } else if (traditionalToSimplified != null && TokenType.isHan(cp)) {
                normalised = simplified(cp);
                if (normalised != cp) {
                    out.count("traditional.folded", 1);
                }
            }
            out.append(normalised, i);
        }
        return out.build(in.length);
    }


    /**
     * Whether the text has the stray spaces of OCR between Chinese characters (全 市春耕生产全 面 展开):
     * a space between two Han characters at least once per {@value #OCR_SPACE_EVERY} of them. Typeset
     * text has such a space only in bylines and between the halves of a headline (under one per 20 Han
     * characters on every labelled page); OCR'd pages have one per 5 to 8.
     */
    static boolean isOcrSpaced(int[] text) {
        int han = 0;
        int spaced = 0;
        for (int i = 0; i < text.length; i++) {
            if (TokenType.isHan(text[i])) {
                han++;
                if (i + 2 < text.length && text[i + 1] == ' ' && TokenType.isHan(text[i + 2])) {
                    spaced++;
                }
            }
        }
        return han >= OCR_MIN_HAN && spaced * OCR_SPACE_EVERY >= han;
    }

    /** Marks the spaces inside runs like 今 日 导 读: single Chinese characters or marks, one space apart. */
    private static boolean[] letterSpacing(int[] in) {
        boolean[] drop = new boolean[in.length];
        int runStart = -1;
        int lastSingle = -2;
        int singles = 0;
        for (int i = 0; i <= in.length; i++) {
            if (i < in.length && in[i] == ' ') {
                continue;
            }
            boolean single = i < in.length && isChinese(in[i]) && (i == 0 || in[i - 1] == ' ' || in[i - 1] == '\n')
                    && (i + 1 == in.length || in[i + 1] == ' ' || in[i + 1] == '\n');
            if (single && i >= 2 && lastSingle == i - 2 && in[i - 1] == ' ') {
                singles++;
            } else {
                if (singles >= LETTER_SPACED_RUN) {
                    for (int k = runStart; k < lastSingle; k++) {
                        drop[k] = in[k] == ' ';
                    }
                }
                runStart = i;
                singles = single ? 1 : 0;
            }
            lastSingle = single ? i : -2;
        }
        return drop;
    }

    private int simplified(int cp) {
        return folded.computeIfAbsent(cp, c -> {
            String result;
            synchronized (traditionalToSimplified) {
                result = traditionalToSimplified.transliterate(new String(Character.toChars(c)));
            }
            return result.codePointCount(0, result.length()) == 1 ? result.codePointAt(0) : c;
        });
    }

    /** Ａ-Ｚ, ａ-ｚ, ０-９: the letters and digits of U+FF10-U+FF5A, without the category lookup its punctuation (：；？) made. */
    static boolean isFullWidthLetterOrDigit(int cp) {
        return cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A;
    }

    /** One of {@link #HALF_PUNCTUATION}, all below 64, by a bit test rather than a search of the string for every code point. */
    private static boolean isHalfPunctuation(int cp) {
        return cp < 64 && (HALF_PUNCTUATION_BITS >>> cp & 1) != 0;
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** Chinese characters, CJK punctuation and the curly quotes Chinese text uses. */
    private static boolean isChinese(int cp) {
        return cp >= 0 && (TokenType.isHan(cp) || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF0F
                || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x2014 || cp == 0x2026);
    }
}
