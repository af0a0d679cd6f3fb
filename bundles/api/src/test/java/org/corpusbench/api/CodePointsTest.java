package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointsTest {
    @Test
    void sameCodePointsAsTheStream() {
        String alphabet = "聊城aZ 𠀀😀\n。\uD800x\uDC00";
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertArrayEquals(text.toString().codePoints().toArray(), CodePoints.of(text.toString()), text.toString());
        }
    }
}
