package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.corpusbench.api.OffsetMap;
import org.junit.jupiter.api.Test;

class OffsetMapCodecTest {

    @Test
    void storesOnlyThePointsWhereTheMapJumps() {
        // "a  b\nc" -> "a bc": one deleted space, one deleted newline
        OffsetMap map = OffsetMap.of(new int[] {0, 1, 3, 5, 6});

        assertArrayEquals(new int[] {0, 0, 2, 3, 3, 5}, OffsetMapCodec.encode(map));
        assertEquals(map, OffsetMapCodec.decode(OffsetMapCodec.encode(map), 4));
    }

    @Test
    void roundTripsRandomMapsWithInsertionsAndDeletions() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            int[] original = new int[random.nextInt(40) + 1];
            for (int i = 1; i < original.length; i++) {
                original[i] = original[i - 1] + random.nextInt(3); // 0 inserts, 1 keeps, 2 deletes
            }
            OffsetMap map = OffsetMap.of(original);
            assertEquals(map, OffsetMapCodec.decode(OffsetMapCodec.encode(map), original.length - 1));
        }
    }
}
