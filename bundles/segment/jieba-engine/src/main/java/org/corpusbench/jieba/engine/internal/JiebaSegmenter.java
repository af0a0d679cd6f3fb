package org.corpusbench.jieba.engine.internal;

import org.corpusbench.api.Segmenter;
import org.corpusbench.jieba.engine.Jieba;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code jieba} segmenter service: {@link Jieba} as it is (the dictionary loads on first use, so
 * registering costs nothing at boot).
 */
@Component(service = Segmenter.class)
@Segmenter.Name("jieba")
public final class JiebaSegmenter extends Jieba {
}
