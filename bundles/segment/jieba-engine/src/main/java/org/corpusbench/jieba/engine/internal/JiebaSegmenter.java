package org.corpusbench.jieba.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenSink;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code jieba} segmenter: Python jieba 0.42.1's {@code jieba.cut} (HMM on), token for token,
 * with its own dictionary and model (see {@link JiebaEngine}). They load on first use (about a
 * second), so registering the service costs nothing at boot; the engine is immutable after that.
 */
@Component(service = Segmenter.class)
@Segmenter.Name("jieba")
public final class JiebaSegmenter implements Segmenter {
    private volatile JiebaEngine engine;

    @Override
    public List<Token> segment(String text) {
        return segment(text, SegmentationMode.ACCURATE, true);
    }

    /** Search mode adds, before each word, its two- and three-character dictionary words, as jieba does. */
    @Override
    public List<Token> segment(String text, SegmentationMode mode, boolean hmm) {
        List<Token> tokens = new ArrayList<>(text.length() / 2 + 1); // Chinese averages more than 1.5 characters a token
        JiebaEngine loaded = engine();
        JiebaEngine.SpanSink emitter = new TokenEmitter(text,
                (start, end, charStart, charEnd, type) -> tokens.add(new Token(text.substring(charStart, charEnd), start, end, type)));
        loaded.cut(text, hmm, mode == SegmentationMode.SEARCH ? loaded.forSearch(emitter) : emitter);
        return tokens;
    }

    /** Accurate mode with HMM, as {@link #segment(String)}, making neither a String nor a Token per word. */
    @Override
    public void segment(String text, TokenSink sink) {
        engine().cut(text, true, new TokenEmitter(text, sink));
    }

    @Override
    public Map<String, String> provenance() {
        return Map.of("library", "Python jieba 0.42.1's algorithm, in Java", "mode", "cut (HMM on)",
                "dictionary.sha256", JiebaResources.sha256(JiebaResources.DICTIONARY),
                "hmm-model.sha256", JiebaResources.sha256(JiebaResources.MODEL));
    }

    private JiebaEngine engine() {
        JiebaEngine loaded = engine;
        if (loaded == null) {
            synchronized (this) {
                loaded = engine;
                if (loaded == null) {
                    loaded = JiebaResources.engine(List.of());
                    engine = loaded;
                }
            }
        }
        return loaded;
    }
}
