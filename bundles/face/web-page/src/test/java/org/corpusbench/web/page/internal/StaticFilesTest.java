package org.corpusbench.web.page.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticFilesTest {
    private final StaticFiles files = new StaticFiles(StaticFilesTest.class.getClassLoader());

    @Test
    void servesThePageAndEchartsFromTheBundle() {
        assertEquals("text/html; charset=UTF-8", files.find("/index.html").orElseThrow().mediaType());
        assertEquals("text/javascript; charset=UTF-8", files.find("/app.js").orElseThrow().mediaType());
        assertTrue(files.find("/vendor/echarts/echarts.min.js").isPresent(), "ECharts unpacked from its WebJar");
    }

    @Test
    void servesNothingOutsideThePageFolder() {
        for (String path : new String[] {"/../META-INF/MANIFEST.MF", "/..", "/vendor/../../org/corpusbench/web/page/internal/Me.class",
                "//index.html", "/index.html/", "", "/", "/app.js?x", "/no-such.js", "/%2e%2e/x.js"}) {
            assertTrue(files.find(path).isEmpty(), path);
        }
    }
}
