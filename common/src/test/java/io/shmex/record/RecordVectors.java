package io.shmex.record;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;

/** Test helpers: the team's read-only byte vectors, and TestData bytes assembled without the codec. */
final class RecordVectors {

    static final int[] EXTREME_SCORES = {Integer.MIN_VALUE, 0, 1, -1, 255, 256, 65535, 65536, -100, 123456789};

    private RecordVectors() {
    }

    /** Reads a file from the vector directory that surefire names in {@code shmex.vectors}. */
    static byte[] read(String name) {
        return io.shmex.SharedVectors.read(name);
    }

    static byte[] seed() {
        return read("testdata-seed.bin");
    }

    static byte[] extremes() {
        return read("testdata-extremes.bin");
    }

    static TestData extremesValue() {
        return new TestData(-1, Integer.MAX_VALUE, EXTREME_SCORES);
    }

    /** The .NET layout written by hand with a ByteBuffer, an oracle independent of the codec. */
    static byte[] handEncoded(int id, int age, int[] scores) {
        ByteBuffer buf = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(id).putInt(age);
        for (int score : scores) {
            buf.putInt(score);
        }
        return buf.array();
    }

    /** A heap segment of {@code size} bytes, every byte {@code fill}, to show what a failed write left alone. */
    static MemorySegment filled(int size, int fill) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) fill);
        return MemorySegment.ofArray(bytes);
    }

    /**
     * Asserts every component equal, arrays by content and floats by bits (NaN equals NaN, 0.0 differs
     * from -0.0); records with array components do not compare that way through {@code equals}.
     */
    static void assertSameComponents(Record actual, Record expected) {
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            Object a = read(component, actual);
            Object e = read(component, expected);
            if (!Objects.deepEquals(a, e)) {
                throw new AssertionError("component " + component.getName() + " differs: actual=" + show(a) + " expected=" + show(e));
            }
        }
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String show(Object value) {
        return value != null && value.getClass().isArray() ? Arrays.deepToString(new Object[] {value}) : String.valueOf(value);
    }

    static byte[] bytes(MemorySegment segment) {
        return segment.toArray(ValueLayout.JAVA_BYTE);
    }
}
