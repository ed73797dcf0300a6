package io.shmex.record;

import io.shmex.error.MalformedPayloadException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Method-handle building blocks for {@link RecordCodec}. Every handle has primitive types where the
 * component is primitive, so the composed encoder and decoder never box and never build an
 * {@code Object[]}; the static helpers below exist only where no JDK handle does the job.
 */
final class Handles {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    private static final MethodHandle ADD = own("add", long.class, long.class, long.class);
    private static final MethodHandle ZERO = own("zero", void.class, MemorySegment.class, long.class, long.class);
    private static final MethodHandle NON_ZERO = own("nonZero", boolean.class, byte.class);
    private static final MethodHandle TO_BYTE = own("toByte", byte.class, boolean.class);
    private static final MethodHandle CHECK_ARRAY = own("checkArray", void.class, Object.class, int.class, String.class, String.class);
    private static final MethodHandle WRITE_BOOLEANS = own("writeBooleans", void.class, MemorySegment.class, long.class, boolean[].class, int.class);
    /** {@code MemorySegment.copy(Object, int, MemorySegment, ValueLayout, long, int)}: swaps bytes itself when the order differs. */
    private static final MethodHandle COPY_IN;

    static {
        try {
            COPY_IN = LOOKUP.findStatic(MemorySegment.class, "copy", MethodType.methodType(void.class,
                    Object.class, int.class, MemorySegment.class, ValueLayout.class, long.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Handles() {
    }

    /** @return {@code h} with its offset argument (index 1) shifted by {@code fieldOffset} */
    static MethodHandle at(MethodHandle h, long fieldOffset) {
        return fieldOffset == 0 ? h : MethodHandles.filterArguments(h, 1, MethodHandles.insertArguments(ADD, 1, fieldOffset));
    }

    /** @return {@code (MemorySegment, long)T}; T is the carrier, or its array when {@code count >= 0} */
    static MethodHandle reader(FieldKind kind, ByteOrder order, int count) {
        ValueLayout layout = kind.access(order);
        if (count < 0) {
            MethodHandle get = layout.varHandle().toMethodHandle(VarHandle.AccessMode.GET);
            return kind == FieldKind.BOOL ? MethodHandles.filterReturnValue(get, NON_ZERO) : get;
        }
        Class<?> arrayType = kind.carrier.arrayType();
        String name = "read" + switch (kind) {
            case INT8 -> "Bytes";
            case BOOL -> "Booleans";
            case INT16 -> "Shorts";
            case CHAR16 -> "Chars";
            case INT32 -> "Ints";
            case INT64 -> "Longs";
            case FLOAT32 -> "Floats";
            case FLOAT64 -> "Doubles";
        };
        MethodHandle read = own(name, arrayType, MemorySegment.class, long.class, ValueLayout.class, int.class);
        return MethodHandles.insertArguments(read, 2, layout, count);
    }

    /** @return {@code (MemorySegment, long, T)void}; T as in {@link #reader} */
    static MethodHandle writer(FieldKind kind, ByteOrder order, int count) {
        ValueLayout layout = kind.access(order);
        if (count < 0) {
            MethodHandle set = layout.varHandle().toMethodHandle(VarHandle.AccessMode.SET);
            return kind == FieldKind.BOOL ? MethodHandles.filterArguments(set, 2, TO_BYTE) : set;
        }
        if (kind == FieldKind.BOOL) {
            return MethodHandles.insertArguments(WRITE_BOOLEANS, 3, count);
        }
        // copy(array, 0, dst, layout, offset, count) -> (array, dst, offset) -> (dst, offset, array)
        MethodHandle copy = MethodHandles.insertArguments(COPY_IN, 5, count);
        copy = MethodHandles.insertArguments(copy, 3, layout);
        copy = MethodHandles.insertArguments(copy, 1, 0);
        copy = copy.asType(copy.type().changeParameterType(0, kind.carrier.arrayType()));
        return MethodHandles.permuteArguments(copy,
                MethodType.methodType(void.class, MemorySegment.class, long.class, kind.carrier.arrayType()), 2, 0, 1);
    }

    /** @return {@code (Object)void} refusing a null array or one of another length, naming the field */
    static MethodHandle arrayCheck(int count, String field, String record) {
        return MethodHandles.insertArguments(CHECK_ARRAY, 1, count, field, record);
    }

    /** @return {@code (MemorySegment, long)void} writing {@code count} zero bytes: padding is never left stale */
    static MethodHandle zeros(long count) {
        return MethodHandles.insertArguments(ZERO, 2, count);
    }

    /** @return a handle to one of this class's static helpers */
    static MethodHandle own(String name, Class<?> returnType, Class<?>... parameterTypes) {
        try {
            return LOOKUP.findStatic(Handles.class, name, MethodType.methodType(returnType, parameterTypes));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("missing helper " + name, e);
        }
    }

    /** @return a handle to an instance method of this package, e.g. {@link FixedStringField#write} */
    static MethodHandle virtual(Class<?> owner, String name, Class<?> returnType, Class<?>... parameterTypes) {
        try {
            return LOOKUP.findVirtual(owner, name, MethodType.methodType(returnType, parameterTypes));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("missing helper " + owner.getSimpleName() + "." + name, e);
        }
    }

    private static long add(long base, long fieldOffset) {
        return base + fieldOffset;
    }

    private static boolean nonZero(byte b) {
        return b != 0;
    }

    private static byte toByte(boolean b) {
        return b ? (byte) 1 : (byte) 0;
    }

    private static void zero(MemorySegment dst, long offset, long count) {
        for (long i = 0; i < count; i++) {
            dst.set(BYTE, offset + i, (byte) 0);
        }
    }

    private static void checkArray(Object array, int expected, String field, String record) {
        if (array == null) {
            throw new MalformedPayloadException("array is null: field=" + field + " expected=" + expected + " record=" + record);
        }
        int length = java.lang.reflect.Array.getLength(array);
        if (length != expected) {
            throw new MalformedPayloadException("array length mismatch: field=" + field + " length=" + length
                    + " expected=" + expected + " record=" + record);
        }
    }

    private static void writeBooleans(MemorySegment dst, long offset, boolean[] values, int count) {
        for (int i = 0; i < count; i++) {
            dst.set(BYTE, offset + i, values[i] ? (byte) 1 : (byte) 0);
        }
    }

    private static boolean[] readBooleans(MemorySegment src, long offset, ValueLayout layout, int count) {
        boolean[] values = new boolean[count];
        for (int i = 0; i < count; i++) {
            values[i] = src.get(BYTE, offset + i) != 0;
        }
        return values;
    }

    private static byte[] readBytes(MemorySegment src, long offset, ValueLayout layout, int count) {
        byte[] values = new byte[count];
        MemorySegment.copy(src, layout, offset, values, 0, count);
        return values;
    }

    private static short[] readShorts(MemorySegment src, long offset, ValueLayout layout, int count) {
        short[] values = new short[count];
        MemorySegment.copy(src, layout, offset, values, 0, count);
        return values;
    }

    private static char[] readChars(MemorySegment src, long offset, ValueLayout layout, int count) {
        char[] values = new char[count];
        MemorySegment.copy(src, layout, offset, values, 0, count);
        return values;
    }

    private static int[] readInts(MemorySegment src, long offset, ValueLayout layout, int count) {
        int[] values = new int[count];
        MemorySegment.copy(src, layout, offset, values, 0, count);
        return values;
    }

    private static long[] readLongs(MemorySegment src, long offset, ValueLayout layout, int count) {
        long[] values = new long[count];
        MemorySegment.copy(src, layout, offset, values, 0, count);
        return values;
    }

    private static float[] readFloats(MemorySegment src, long offset, ValueLayout layout, int count) {
        float[] values = new float[count];
        MemorySegment.copy(src, layout, offset, values, 0, count);
        return values;
    }

    private static double[] readDoubles(MemorySegment src, long offset, ValueLayout layout, int count) {
        double[] values = new double[count];
        MemorySegment.copy(src, layout, offset, values, 0, count);
        return values;
    }
}
