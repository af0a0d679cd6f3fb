package org.corpusbench.cleaning.basic.internal;

import org.corpusbench.api.Article;
import org.junit.jupiter.api.Test;

class SeedsPreviewTest {
    @Test
    void preview() throws Exception {
        for (String seed : new String[] {"000", "001", "002", "003", "004"}) {
            NewsPipeline.Page page = NewsPipeline.page(seed);
            System.out.println("=== " + seed + " " + page.cleaned().metadata().keySet() + " " + page.articles().size());
            for (Article article : page.articles()) {
                String body = page.body(article);
                System.out.println("  H=" + article.metadata().get("headline") + " | S=" + article.metadata().get("subheadline")
                        + " | " + new java.util.TreeMap<>(article.metadata()).entrySet().stream()
                        .filter(e -> !e.getKey().contains("headline")).toList());
                System.out.println("     [" + body.substring(0, Math.min(30, body.length())).replace("\n", "⏎") + " ... "
                        + body.substring(Math.max(0, body.length() - 20)).replace("\n", "⏎") + "] paras=" + article.body().size());
            }
        }
    }
}
