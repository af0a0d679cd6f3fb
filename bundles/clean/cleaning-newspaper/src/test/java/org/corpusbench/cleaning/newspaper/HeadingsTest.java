package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadingsTest {
    @Test
    void numberedHeadingsInBothScriptsAndBothNumerals() {
        for (String heading : new String[] {"一、研究背景", "（一）公共空间的数量", "第一章 绪论", "第二章 案例分析", "1. 背景", "十二、結語",
            "(3)经费保障", "第3节 方法"}) {
            assertTrue(Headings.isNumbered(heading), heading);
        }
    }

    @Test
    void numbersThatOpenProseAreNoHeadings() {
        for (String line : new String[] {"1.5亿元用于改造", "第10版", "一些城市利用边角地建设口袋公园", "2024年是关键之年", "第十届全民健身运动会开幕",
            "一"}) {
            assertFalse(Headings.isNumbered(line), line);
        }
    }
}
