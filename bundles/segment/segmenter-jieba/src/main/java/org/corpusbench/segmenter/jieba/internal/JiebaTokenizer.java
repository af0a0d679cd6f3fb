package org.corpusbench.segmenter.jieba.internal;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.JiebaSegmenter.SegMode;
import com.huaban.analysis.jieba.SegToken;
import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * Turns jieba-analysis's output into our tokens: the original text (jieba-analysis returns its
 * width- and case-folded copy), code-point offsets, no gaps, and never a token boundary inside a
 * surrogate pair (jieba-analysis looks at UTF-16 chars one by one).
 *
 * <p>jieba-analysis keeps its dictionary in a process-wide singleton ({@code WordDictionary}); the
 * first instance pays its load (2-5 s, ~79 MB of heap) and every later one shares it. Segmenting
 * from several threads with a loaded dictionary is safe; we never load user dictionaries into it.
 */
final class JiebaTokenizer {
    private final JiebaSegmenter segmenter = new JiebaSegmenter();

    List<Token> tokenize(String text) {
        List<SegToken> raw = segmenter.process(text, SegMode.SEARCH);
        List<Token> tokens = new ArrayList<>(raw.size());
        int charPos = 0;
        int cpPos = 0;
        for (SegToken segToken : raw) {
            int end = Math.min(segToken.endOffset, text.length());
            if (end <= charPos) {
                continue; // a boundary we already moved past to keep a surrogate pair whole
            }
            if (segToken.startOffset > charPos) {
                cpPos = emit(text, charPos, segToken.startOffset, cpPos, tokens); // a gap jieba skipped
                charPos = segToken.startOffset;
            }
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))
                    && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            cpPos = emit(text, charPos, end, cpPos, tokens);
            charPos = end;
        }
        if (charPos < text.length()) {
            emit(text, charPos, text.length(), cpPos, tokens);
        }
        return tokens;
    }

    private static int emit(String text, int from, int to, int cpStart, List<Token> tokens) {
        String word = text.substring(from, to);
        int cpEnd = cpStart + word.codePointCount(0, word.length());
        tokens.add(new Token(word, cpStart, cpEnd, TokenType.classify(word)));
        return cpEnd;
    }
}
