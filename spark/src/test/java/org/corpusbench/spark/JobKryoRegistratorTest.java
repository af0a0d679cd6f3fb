package org.corpusbench.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

class JobKryoRegistratorTest {
    private final SerializerInstance kryo = new KryoSerializer(new SparkConf(false).setAll(
            scala.jdk.javaapi.CollectionConverters.asScala(JobKryoRegistrator.settings()).toSeq()
                    .map(entry -> new scala.Tuple2<>(entry._1(), String.valueOf(entry._2()))))).newInstance();

    @SuppressWarnings("unchecked")
    private <T> T again(T value) {
        ByteBuffer bytes = kryo.serialize((Object) value, ClassTag$.MODULE$.AnyRef());
        return (T) kryo.deserialize(bytes, ClassTag$.MODULE$.AnyRef());
    }

    @Test
    void recordsComeBackWithTheirComponents() {
        SparkFrequency.Occurrences occurrences = again(new SparkFrequency.Occurrences(42, new int[] {3, 5, 8}));
        assertEquals(42, occurrences.document());
        assertArrayEquals(new int[] {3, 5, 8}, occurrences.places());
        SparkNGrams.NGram ngram = new SparkNGrams.NGram(new String[] {"聊城", "发展"});
        assertEquals(ngram, again(ngram));
        SparkImport.InputFile file = new SparkImport.InputFile(1, "a/b.txt", "/x/a/b.txt", 10);
        assertEquals(file, again(file));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unmodifiableCollectionsComeBackEqualInOrderAndUnmodifiable() {
        List<Object> withNull = Stream.<Object>of("词", null, 3L).toList();
        for (Object collection : List.of(List.of(), List.of("一"), List.of("一", "二", "三"), withNull,
                Map.of("date", "2024-01-01"), Map.of("a", "1", "b", "2", "c", "3"), Set.of("x", "y", "z"))) {
            Object back = again(collection);
            assertEquals(collection, back, String.valueOf(collection));
            if (back instanceof List<?> list) {
                assertEquals(Arrays.asList(((List<?>) collection).toArray()), list);
                assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) list).add("more"));
            }
        }
        // What the job ships often: a result row (List.of cells) inside an unmodifiable list, twice over.
        List<List<Object>> rows = List.of(List.<Object>of(1L, "发展", 0.5d), List.<Object>of(2L, "聊城", 0.25d));
        assertEquals(rows, again(again(rows)));
    }
}
