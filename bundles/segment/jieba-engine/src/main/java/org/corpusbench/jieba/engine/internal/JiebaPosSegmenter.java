package org.corpusbench.jieba.engine.internal;

import org.corpusbench.api.Segmenter;
import org.corpusbench.jieba.engine.JiebaPos;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code jieba-pos} segmenter service: {@link JiebaPos} as it is (the dictionary and the tagging
 * model load on first use, so registering costs nothing at boot).
 */
@Component(service = Segmenter.class)
@Segmenter.Name("jieba-pos")
public final class JiebaPosSegmenter extends JiebaPos {
}
