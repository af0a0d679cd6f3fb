package org.corpusbench.segmenter.jieba.internal;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code jieba-analysis} segmenter: jieba-analysis 1.0.2 in its SEARCH mode, which corresponds
 * to Python jieba's default {@code jieba.cut} (HMM on). The dictionary loads on first use so
 * registering the service costs nothing at boot.
 */
@Component(service = Segmenter.class)
@Segmenter.Name("jieba-analysis")
public final class JiebaAnalysisSegmenter implements Segmenter {
    private volatile JiebaTokenizer tokenizer;
    private volatile Map<String, String> provenance;

    @Override
    public List<Token> segment(String text) {
        return tokenizer().tokenize(text);
    }

    @Override
    public Map<String, String> provenance() {
        Map<String, String> known = provenance;
        if (known == null) {
            known = Map.of("library", "jieba-analysis 1.0.2", "mode", "SEARCH (HMM on)",
                    "dictionary.sha256", ResourceHash.sha256("/dict.txt"),
                    "hmm-emissions.sha256", ResourceHash.sha256("/prob_emit.txt"));
            provenance = known;
        }
        return known;
    }

    private JiebaTokenizer tokenizer() {
        JiebaTokenizer loaded = tokenizer;
        if (loaded == null) {
            synchronized (this) {
                loaded = tokenizer;
                if (loaded == null) {
                    loaded = SilencedStandardOutput.call(JiebaTokenizer::new);
                    tokenizer = loaded;
                }
            }
        }
        return loaded;
    }
}
