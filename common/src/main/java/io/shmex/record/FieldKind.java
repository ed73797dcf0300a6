package io.shmex.record;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The primitive element types a fixed layout can hold. Each carries the one declaration of its
 * size and alignment; the byte order is applied per codec.
 */
enum FieldKind {
    INT8("int8", byte.class, ValueLayout.JAVA_BYTE, ValueLayout.JAVA_BYTE),
    /** One byte, 0 or 1 when written; any non-zero byte reads as true, as in C. */
    BOOL("bool", boolean.class, ValueLayout.JAVA_BYTE, ValueLayout.JAVA_BOOLEAN),
    INT16("int16", short.class, ValueLayout.JAVA_SHORT_UNALIGNED, ValueLayout.JAVA_SHORT),
    /** One UTF-16 code unit, as .NET's {@code char} with {@code CharSet.Unicode}. */
    CHAR16("char16", char.class, ValueLayout.JAVA_CHAR_UNALIGNED, ValueLayout.JAVA_CHAR),
    INT32("int32", int.class, ValueLayout.JAVA_INT_UNALIGNED, ValueLayout.JAVA_INT),
    INT64("int64", long.class, ValueLayout.JAVA_LONG_UNALIGNED, ValueLayout.JAVA_LONG),
    FLOAT32("float32", float.class, ValueLayout.JAVA_FLOAT_UNALIGNED, ValueLayout.JAVA_FLOAT),
    FLOAT64("float64", double.class, ValueLayout.JAVA_DOUBLE_UNALIGNED, ValueLayout.JAVA_DOUBLE);

    /** The type name in {@link RecordCodec#describe()}; part of the fingerprint, so never rename. */
    final String label;
    final Class<?> carrier;
    /**
     * What the codec reads and writes through: alignment 1, because a mapped slot or a
     * {@code byte[]}-backed segment gives no alignment guarantee even when the struct offsets do.
     */
    private final ValueLayout access;
    /** What {@link RecordCodec#layout()} shows for {@link Packing#NATURAL}: aligned to its size. */
    private final ValueLayout natural;

    FieldKind(String label, Class<?> carrier, ValueLayout access, ValueLayout natural) {
        this.label = label;
        this.carrier = carrier;
        this.access = access;
        this.natural = natural;
    }

    long size() {
        return access.byteSize();
    }

    long alignment(Packing packing) {
        return packing == Packing.PACKED ? 1 : natural.byteAlignment();
    }

    ValueLayout access(ByteOrder order) {
        return access.withOrder(order);
    }

    ValueLayout declared(Packing packing, ByteOrder order) {
        return natural.withByteAlignment(alignment(packing)).withOrder(order);
    }

    /** @return the kind whose Java type is {@code type}, or null for anything else */
    static FieldKind of(Class<?> type) {
        for (FieldKind kind : values()) {
            if (kind.carrier == type) {
                return kind;
            }
        }
        return null;
    }
}
