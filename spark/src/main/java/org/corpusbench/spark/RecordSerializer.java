package org.corpusbench.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Kryo 4, which Spark ships, cannot write a Java record (it sets fields through offsets that records
 * refuse); this writes one as its components in order and makes it again through its canonical
 * constructor, as Kryo 5 does. Built once per record class by Kryo.
 */
final class RecordSerializer extends Serializer<Record> {
    private final Method[] accessors;
    private final Constructor<?> constructor;

    RecordSerializer(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
        }
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), e);
        }
    }

    @Override
    public void write(Kryo kryo, Output output, Record record) {
        try {
            for (Method accessor : accessors) {
                kryo.writeClassAndObject(output, accessor.invoke(record));
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read a component of " + record.getClass().getName(), e);
        }
    }

    @Override
    public Record read(Kryo kryo, Input input, Class<Record> type) {
        Object[] values = new Object[accessors.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = kryo.readClassAndObject(input);
        }
        try {
            return (Record) constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot make " + type.getName() + " again from its components", e);
        }
    }
}
