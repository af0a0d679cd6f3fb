package org.corpusbench.repository.internal;

import java.util.Arrays;
import org.corpusbench.api.OffsetMap;

/**
 * Stores an offset map as the points where it stops advancing by one: between them each cleaned
 * code point maps to the original one after the previous. Cleaning mostly deletes spans, so a
 * page needs a few dozen points instead of one int per character.
 */
final class OffsetMapCodec {

    private OffsetMapCodec() {
    }

    /** @return pairs (cleaned offset, original offset), flattened */
    static int[] encode(OffsetMap map) {
        int[] points = new int[16];
        int size = 0;
        for (int i = 0; i <= map.cleanedLength(); i++) {
            int original = map.toOriginal(i);
            if (i == 0 || original != map.toOriginal(i - 1) + 1) {
                if (size + 2 > points.length) {
                    points = Arrays.copyOf(points, points.length * 2);
                }
                points[size++] = i;
                points[size++] = original;
            }
        }
        return Arrays.copyOf(points, size);
    }

    static OffsetMap decode(int[] points, int cleanedLength) {
        int[] original = new int[cleanedLength + 1];
        for (int p = 0; p < points.length; p += 2) {
            int end = p + 2 < points.length ? points[p + 2] : cleanedLength + 1;
            for (int i = points[p]; i < end; i++) {
                original[i] = points[p + 1] + (i - points[p]);
            }
        }
        return OffsetMap.of(original);
    }
}
