package org.corpusbench.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Lets Spark's Kryo write what the job ships: its records ({@link RecordSerializer}) and the JDK's
 * unmodifiable collections ({@code List.of}, {@code Map.copyOf}, {@code Collections.unmodifiableMap}),
 * which Kryo 4 makes empty and adds to, and they refuse. Named by {@code spark.kryo.registrator}, which
 * the job sets with Kryo as its serializer ({@link #settings}): Kryo writes the shuffled words, n-grams
 * and counts in less time and fewer bytes than Java serialization.
 */
public final class JobKryoRegistrator implements KryoRegistrator {
    /** @return the Spark settings that make Kryo the job's serializer with this registrator */
    static Map<String, Object> settings() {
        return Map.of("spark.serializer", "org.apache.spark.serializer.KryoSerializer",
                "spark.kryo.registrator", JobKryoRegistrator.class.getName());
    }

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.addDefaultSerializer(Record.class, (k, type) -> new RecordSerializer(type));
        Serializer<List<?>> lists = new UnmodifiableList();
        for (List<?> list : List.of(List.of(), List.of(1), List.of(1, 2, 3), Stream.of(1, 2, 3).toList(),
                Collections.unmodifiableList(new ArrayList<>()), Collections.unmodifiableList(new LinkedList<>()))) {
            kryo.register(list.getClass(), lists);
        }
        Serializer<Set<?>> sets = new UnmodifiableSet();
        for (Set<?> set : List.of(Set.of(), Set.of(1), Set.of(1, 2, 3), Collections.unmodifiableSet(new LinkedHashSet<>()))) {
            kryo.register(set.getClass(), sets);
        }
        Serializer<Map<?, ?>> maps = new UnmodifiableMap();
        for (Map<?, ?> map : List.of(Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2), Collections.unmodifiableMap(new LinkedHashMap<>()))) {
            kryo.register(map.getClass(), maps);
        }
    }

    private static void writeAll(Kryo kryo, Output output, java.util.Collection<?> elements) {
        output.writeInt(elements.size(), true);
        elements.forEach(element -> kryo.writeClassAndObject(output, element));
    }

    private static Object[] readAll(Kryo kryo, Input input) {
        Object[] elements = new Object[input.readInt(true)];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = kryo.readClassAndObject(input);
        }
        return elements;
    }

    /** An unmodifiable list, read back as one in the same order, nulls kept. */
    private static final class UnmodifiableList extends Serializer<List<?>> {
        @Override
        public void write(Kryo kryo, Output output, List<?> list) {
            writeAll(kryo, output, list);
        }

        @Override
        public List<?> read(Kryo kryo, Input input, Class<List<?>> type) {
            return Collections.unmodifiableList(Arrays.asList(readAll(kryo, input)));
        }
    }

    /** An unmodifiable set, read back as one in the same iteration order. */
    private static final class UnmodifiableSet extends Serializer<Set<?>> {
        @Override
        public void write(Kryo kryo, Output output, Set<?> set) {
            writeAll(kryo, output, set);
        }

        @Override
        public Set<?> read(Kryo kryo, Input input, Class<Set<?>> type) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(readAll(kryo, input))));
        }
    }

    /** An unmodifiable map, its keys and values alternating, read back as one in the same iteration order. */
    private static final class UnmodifiableMap extends Serializer<Map<?, ?>> {
        @Override
        public void write(Kryo kryo, Output output, Map<?, ?> map) {
            List<Object> keysAndValues = new ArrayList<>(map.size() * 2);
            map.forEach((key, value) -> {
                keysAndValues.add(key);
                keysAndValues.add(value);
            });
            writeAll(kryo, output, keysAndValues);
        }

        @Override
        public Map<?, ?> read(Kryo kryo, Input input, Class<Map<?, ?>> type) {
            Object[] keysAndValues = readAll(kryo, input);
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return Collections.unmodifiableMap(map);
        }
    }
}
