package org.corpusbench.analysis.segmentdiff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/** Two toy segmenters: {@code chars} cuts after every code point, {@code pairs} after every second one. */
final class FakeSegmenters implements Segmenters {
    private final Map<String, Segmenter> installed = new TreeMap<>(Map.of("chars", every(1), "pairs", every(2)));

    @Override
    public List<String> names() {
        return List.copyOf(installed.keySet());
    }

    @Override
    public String defaultName() {
        return "chars";
    }

    @Override
    public Segmenter find(String name) {
        Segmenter segmenter = installed.get(name);
        if (segmenter == null) {
            throw new NotFoundException("segmenter", name);
        }
        return segmenter;
    }

    private static Segmenter every(int codePoints) {
        return text -> {
            List<Token> tokens = new ArrayList<>();
            int[] all = text.codePoints().toArray();
            for (int start = 0; start < all.length; start += codePoints) {
                int end = Math.min(all.length, start + codePoints);
                String word = new String(all, start, end - start);
                tokens.add(new Token(word, start, end, TokenType.classify(word)));
            }
            return tokens;
        };
    }
}
