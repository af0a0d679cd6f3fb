package org.corpusbench.jieba.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A small trie with an Extension B label, where a lookup could land in another node's slot. */
class DoubleArrayTrieTest {
    private static final int ZHONG = '中';
    private static final int GUO = '国';
    private static final int EXT_B_0 = 0x20000;
    private static final int EXT_B_1 = 0x20001;

    @Test
    void findsEachWordAndNothingElse() {
        // 中 (prefix), 𠀁 (-1), 中国 (-2), 中𠀀 (-3), breadth first: root, 中, 𠀁, 国, 𠀀
        DoubleArrayTrie trie = new DoubleArrayTrie(new int[] {1, 3, 5, 5, 5, 5}, new int[] {0, ZHONG, EXT_B_1, GUO, EXT_B_0},
                new double[] {Double.NaN, Double.NaN, -1, -2, -3});

        int zhong = trie.child(0, ZHONG);
        assertEquals(Double.NaN, trie.logProbability(zhong));
        assertEquals(-1, trie.logProbability(trie.child(0, EXT_B_1)));
        assertEquals(-2, trie.logProbability(trie.child(zhong, GUO)));
        assertEquals(-3, trie.logProbability(trie.child(zhong, EXT_B_0)));
        assertEquals(-1, trie.child(0, GUO));
        assertEquals(-1, trie.child(0, EXT_B_0));
        assertEquals(-1, trie.child(zhong, ZHONG));
        assertEquals(-1, trie.child(trie.child(0, EXT_B_1), GUO));
        assertEquals(-1, trie.child(trie.child(zhong, GUO), EXT_B_0));
        assertEquals(-1, trie.child(0, 'x'));
    }
}
