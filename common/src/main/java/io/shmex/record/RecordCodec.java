package io.shmex.record;

import io.shmex.error.MalformedPayloadException;
import io.shmex.error.PayloadTooLargeException;
import io.shmex.error.RecordDefinitionException;
import io.shmex.error.ShmexException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes a Java record as a fixed-layout C-style struct, straight in a {@link MemorySegment},
 * so a Java process and a .NET or C process can share records through one mapped region.
 *
 * <p>Components are laid out in declaration order. Supported: {@code byte short char int long float
 * double boolean} (boolean is one byte, written 0/1, any non-zero reads as true; char is one UTF-16
 * unit); arrays of those with {@link Length}; {@code String} with {@link FixedString}. Anything else is
 * refused with a {@link RecordDefinitionException} when the codec is built, never later.
 *
 * <p>Encoding and decoding run through method handles composed once per codec: the per-component
 * writers read the record's private fields (not its accessors, which may copy) and the decoder feeds
 * the canonical constructor, with primitives kept primitive throughout. Encoding allocates nothing in
 * steady state; decoding allocates the record and its arrays, plus one temporary {@code byte[]} per
 * non-empty string (the JDK builds a {@code String} only from an array). Fixed strings in charsets
 * other than UTF-8, US-ASCII and ISO-8859-1 go through a charset coder and allocate in both directions. Segments need no particular
 * alignment, even for {@link Packing#NATURAL}: all access is unaligned, which costs nothing on x86-64
 * and AArch64 and lets {@code byte[]}-backed segments work.
 *
 * <p>Instances are immutable and thread-safe; build one per record type and keep it, e.g. in a
 * {@code static final} field, because building composes method handles (milliseconds, not nanoseconds).
 *
 * <p>Segment lifetime errors ({@code IllegalStateException} for a closed arena,
 * {@code WrongThreadException} for a confined segment) are the caller's and pass through unchanged.
 *
 * @param <R> the record type
 */
public final class RecordCodec<R extends Record> {

    /** The default byte order: what .NET's {@code Marshal} and C produce on x86-64 and AArch64. */
    private static final ByteOrder DEFAULT_ORDER = ByteOrder.LITTLE_ENDIAN;

    /** Above this a "record" is a bulk buffer; also keeps every offset and array length an {@code int}. */
    private static final long MAX_SIZE = Integer.MAX_VALUE - 8;

    /**
     * A method handle takes at most 255 argument slots, and the decoder momentarily passes a
     * (MemorySegment, long) pair, three slots, per component.
     */
    private static final int MAX_COMPONENTS = 255 / 3;

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static final MethodType WRITER = MethodType.methodType(void.class, MemorySegment.class, long.class, Record.class);
    private static final MethodType VALIDATOR = MethodType.methodType(void.class, Record.class);
    private static final MethodType READER = MethodType.methodType(Record.class, MemorySegment.class, long.class);

    private final Class<R> type;
    private final Packing packing;
    private final ByteOrder order;
    private final StructLayout layout;
    private final long byteSize;
    private final String description;
    private final long fingerprint;
    private final String where;
    /** {@code (Record)void}: every check that can fail, run before the first byte is written. */
    private final MethodHandle validator;
    /** {@code (MemorySegment, long, Record)void}: all components and padding, in offset order. */
    private final MethodHandle writer;
    /** {@code (MemorySegment, long)Record}: the canonical constructor fed by per-component readers. */
    private final MethodHandle reader;

    /** One component, resolved to its place in the struct. */
    private record Field(String name, Class<?> javaType, FieldKind kind, int count, FixedStringField string,
                         long size, long alignment, long offset, MethodHandle getter) {

        String label() {
            if (string != null) {
                return string.label();
            }
            return count < 0 ? kind.label : kind.label + "[" + count + "]";
        }
    }

    private RecordCodec(Class<R> type, Packing packing, ByteOrder order) {
        this.type = type;
        this.packing = packing;
        this.order = order;
        String name = type.getSimpleName();
        this.where = "record=" + name;
        if (!type.isRecord()) {
            throw new RecordDefinitionException("not a record class: " + type.getName());
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 0) {
            throw new RecordDefinitionException("record has no components, so nothing to lay out: " + where);
        }
        if (components.length > MAX_COMPONENTS) {
            throw new RecordDefinitionException("too many components for a composed decoder: components="
                    + components.length + " max=" + MAX_COMPONENTS + " " + where);
        }
        Access access = Access.of(type);

        List<Field> fields = new ArrayList<>(components.length);
        List<MemoryLayout> members = new ArrayList<>();
        long offset = 0;
        long maxAlignment = 1;
        for (RecordComponent component : components) {
            Field unplaced = resolve(component, access, name);
            long aligned = alignUp(offset, unplaced.alignment());
            if (aligned > offset) {
                members.add(MemoryLayout.paddingLayout(aligned - offset));
            }
            Field field = new Field(unplaced.name(), unplaced.javaType(), unplaced.kind(), unplaced.count(), unplaced.string(),
                    unplaced.size(), unplaced.alignment(), aligned, unplaced.getter());
            fields.add(field);
            members.add(declaredLayout(field).withName(field.name()));
            offset = aligned + field.size();
            maxAlignment = Math.max(maxAlignment, field.alignment());
            if (offset > MAX_SIZE) {
                throw new RecordDefinitionException("record too large for a fixed layout: size>" + MAX_SIZE + " " + where);
            }
        }
        long size = alignUp(offset, maxAlignment);
        if (size > offset) {
            members.add(MemoryLayout.paddingLayout(size - offset));
        }
        this.layout = MemoryLayout.structLayout(members.toArray(MemoryLayout[]::new)).withName(name);
        this.byteSize = layout.byteSize();
        this.description = describe(name, fields);
        this.fingerprint = fnv1a64(description.substring(name.length()));
        this.validator = buildValidator(fields);
        this.writer = buildWriter(fields);
        this.reader = buildReader(fields, access);
    }

    /**
     * A codec for the default wire format: {@link Packing#PACKED}, little-endian, i.e. what the original
     * .NET writer produces with {@code StructLayout(Sequential, Pack = 1)}.
     *
     * @param type the record class; its components need the annotations described in the class comment
     * @param <R> the record type
     * @return the codec
     * @throws RecordDefinitionException if {@code type} cannot be given a fixed layout or is not accessible
     */
    public static <R extends Record> RecordCodec<R> of(Class<R> type) {
        return of(type, Packing.PACKED, DEFAULT_ORDER);
    }

    /**
     * A codec for a peer with another packing or byte order, e.g. a plain C struct ({@link Packing#NATURAL}).
     *
     * @param type the record class; its components need the annotations described in the class comment
     * @param packing how components are placed
     * @param order the byte order of every multi-byte value
     * @param <R> the record type
     * @return the codec
     * @throws RecordDefinitionException if {@code type} cannot be given a fixed layout or is not accessible
     */
    public static <R extends Record> RecordCodec<R> of(Class<R> type, Packing packing, ByteOrder order) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(packing, "packing");
        Objects.requireNonNull(order, "order");
        return new RecordCodec<>(type, packing, order);
    }

    /** @return the record class this codec reads and writes */
    public Class<R> type() {
        return type;
    }

    /**
     * The layout as the FFM API sees it, e.g. to compute a slot size or to hand to native code; member
     * names are the component names, and {@link Packing#NATURAL} gaps appear as padding layouts.
     *
     * @return the struct layout, named after the record's simple name
     */
    public StructLayout layout() {
        return layout;
    }

    /** @return the encoded size in bytes, trailing padding included */
    public long byteSize() {
        return byteSize;
    }

    /** @return how components are placed */
    public Packing packing() {
        return packing;
    }

    /** @return the byte order of every multi-byte value */
    public ByteOrder order() {
        return order;
    }

    /**
     * The canonical one-line description, shown in layout-mismatch errors and stored in region files
     * so a reader can tell what a writer meant, e.g.
     * {@code TestData{id:int32@0,age:int32@4,scores:int32[10]@8} size=48 little-endian packed}.
     * Its format is part of the {@link #fingerprint()}, so it never changes for a given layout.
     *
     * @return simple record name, then each component as {@code name:type[count]@offset}, total size,
     *         byte order and packing
     */
    public String describe() {
        return description;
    }

    /**
     * A 64-bit identity of the byte layout, cheap to store in a region header and compare on open:
     * FNV-1a 64 over the UTF-8 of {@link #describe()} with the leading simple record name removed.
     * The name is left out on purpose: a reader may declare the same layout under another class name
     * (or in another language) and must still match; component names, types, counts, offsets, size,
     * byte order and packing all count. Stable across JVM runs and versions; never 0, so 0 can mean
     * "no record layout" in a header. On a mismatch, report both {@link #describe()} texts in a
     * {@link io.shmex.error.LayoutMismatchException} so the user sees what differs.
     *
     * @return the fingerprint, never 0
     */
    public long fingerprint() {
        return fingerprint;
    }

    /**
     * Writes {@code value} at {@code dst[offset, offset + byteSize())}, padding as zero bytes. Everything
     * that can be wrong with the record or the destination is checked first, so on error no byte of
     * {@code dst} has changed and the previous contents stay readable.
     *
     * @param value the record to write
     * @param dst the destination, e.g. a slot of a mapped region; any alignment
     * @param offset where the record starts in {@code dst}
     * @throws MalformedPayloadException if {@code value} is null, or a component is null, an array of the
     *         wrong length, or a string that is too long or not encodable (the message names the field),
     *         or {@code offset} is negative
     * @throws PayloadTooLargeException if {@code dst} has fewer than {@link #byteSize()} bytes past {@code offset}
     */
    public void encode(R value, MemorySegment dst, long offset) {
        Objects.requireNonNull(dst, "dst");
        if (value == null) {
            throw new MalformedPayloadException("record is null: " + where);
        }
        if (offset < 0) {
            throw new MalformedPayloadException("negative offset: offset=" + offset + " " + where);
        }
        long capacity = Math.max(0, dst.byteSize() - offset);
        if (capacity < byteSize) {
            throw new PayloadTooLargeException(byteSize, capacity, where + " offset=" + offset + " segmentSize=" + dst.byteSize());
        }
        try {
            validator.invokeExact((Record) value);
            writer.invokeExact(dst, offset, (Record) value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("unexpected checked exception while encoding " + where, t);
        }
    }

    /**
     * Reads a record from {@code src[offset, offset + byteSize())}. Any bytes decode to some value except
     * a {@link FixedString} field without a NUL terminator or with bytes malformed for its charset; and
     * whatever the record's constructor refuses is reported as malformed too (except an
     * {@code IllegalStateException}, which passes through like a closed segment's).
     *
     * @param src the source, e.g. a slot of a mapped region; any alignment
     * @param offset where the record starts in {@code src}
     * @return a new record
     * @throws MalformedPayloadException if {@code offset} is negative, {@code src} ends too early, or a
     *         component's bytes do not decode (the message names the field)
     */
    public R decode(MemorySegment src, long offset) {
        Objects.requireNonNull(src, "src");
        if (offset < 0 || src.byteSize() - offset < byteSize) {
            throw new MalformedPayloadException("record does not fit the source: offset=" + offset + " size=" + byteSize
                    + " segmentSize=" + src.byteSize() + " " + where);
        }
        Record decoded;
        try {
            decoded = (Record) reader.invokeExact(src, offset);
        } catch (ShmexException | IllegalStateException | WrongThreadException | Error e) {
            throw e;
        } catch (Throwable t) {
            MalformedPayloadException refused = new MalformedPayloadException(
                    "record constructor refused the decoded values: " + where + " (" + t + ")");
            refused.initCause(t);
            throw refused;
        }
        return type.cast(decoded);
    }

    /** @return true for a codec of the same record class with the same {@link #describe()} */
    @Override
    public boolean equals(Object o) {
        return o instanceof RecordCodec<?> other && type == other.type && description.equals(other.description);
    }

    /** @return a hash of the record class and description, consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return 31 * type.hashCode() + description.hashCode();
    }

    /** @return {@link #describe()}, so logs show the layout */
    @Override
    public String toString() {
        return description;
    }

    private Field resolve(RecordComponent component, Access access, String recordName) {
        String name = component.getName();
        Class<?> javaType = component.getType();
        String at = " field=" + name + " record=" + recordName;
        Length length = component.getAnnotation(Length.class);
        FixedString fixed = component.getAnnotation(FixedString.class);

        FieldKind scalar = FieldKind.of(javaType);
        if (scalar != null) {
            if (length != null || fixed != null) {
                throw new RecordDefinitionException("@Length and @FixedString apply to arrays and strings only, not "
                        + javaType.getName() + ":" + at);
            }
            return new Field(name, javaType, scalar, -1, null, scalar.size(), scalar.alignment(packing), 0, access.getter(component));
        }
        if (javaType.isArray() && FieldKind.of(javaType.componentType()) != null) {
            FieldKind element = FieldKind.of(javaType.componentType());
            if (fixed != null) {
                throw new RecordDefinitionException("@FixedString applies to String components only, not "
                        + javaType.getSimpleName() + ":" + at);
            }
            if (length == null) {
                throw new RecordDefinitionException("array component needs @Length to have a fixed size: type="
                        + javaType.getSimpleName() + at);
            }
            if (length.value() <= 0) {
                throw new RecordDefinitionException("@Length must be positive: length=" + length.value() + at);
            }
            long size = element.size() * length.value();
            return new Field(name, javaType, element, length.value(), null, size, element.alignment(packing), 0, access.getter(component));
        }
        if (javaType == String.class) {
            if (length != null) {
                throw new RecordDefinitionException("a String component takes @FixedString(bytes = N), not @Length:" + at);
            }
            if (fixed == null) {
                throw new RecordDefinitionException("String component needs @FixedString to have a fixed size:" + at);
            }
            FixedStringField string = FixedStringField.of(fixed, name, recordName);
            return new Field(name, javaType, null, -1, string, string.bytes(), 1, 0, access.getter(component));
        }
        throw new RecordDefinitionException("unsupported component type " + javaType.getTypeName()
                + " (primitives, @Length primitive arrays and @FixedString strings only):" + at);
    }

    private MemoryLayout declaredLayout(Field field) {
        if (field.string() != null) {
            return MemoryLayout.sequenceLayout(field.string().bytes(), ValueLayout.JAVA_BYTE);
        }
        ValueLayout element = field.kind().declared(packing, order);
        return field.count() < 0 ? element : MemoryLayout.sequenceLayout(field.count(), element);
    }

    private String describe(String name, List<Field> fields) {
        StringBuilder text = new StringBuilder(name).append('{');
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (i > 0) {
                text.append(',');
            }
            text.append(field.name()).append(':').append(field.label()).append('@').append(field.offset());
        }
        return text.append("} size=").append(byteSize)
                .append(order == ByteOrder.LITTLE_ENDIAN ? " little-endian " : " big-endian ")
                .append(packing.name().toLowerCase(Locale.ROOT))
                .toString();
    }

    private MethodHandle buildValidator(List<Field> fields) {
        MethodHandle all = MethodHandles.empty(VALIDATOR);
        for (int i = fields.size() - 1; i >= 0; i--) {
            Field field = fields.get(i);
            MethodHandle check;
            if (field.string() != null) {
                check = Handles.virtual(FixedStringField.class, "check", void.class, String.class).bindTo(field.string());
            } else if (field.count() >= 0) {
                check = Handles.arrayCheck(field.count(), field.name(), type.getSimpleName());
            } else {
                continue;
            }
            check = MethodHandles.filterArguments(check.asType(check.type().changeParameterType(0, field.javaType())),
                    0, field.getter());
            all = MethodHandles.foldArguments(all, check.asType(VALIDATOR));
        }
        return all;
    }

    private MethodHandle buildWriter(List<Field> fields) {
        List<MethodHandle> steps = new ArrayList<>();
        long end = 0;
        for (Field field : fields) {
            if (field.offset() > end) {
                steps.add(padding(end, field.offset() - end));
            }
            MethodHandle write = field.string() != null
                    ? Handles.virtual(FixedStringField.class, "write", void.class, MemorySegment.class, long.class, String.class)
                            .bindTo(field.string())
                    : Handles.writer(field.kind(), order, field.count());
            write = MethodHandles.filterArguments(Handles.at(write, field.offset()), 2, field.getter());
            steps.add(write.asType(WRITER));
            end = field.offset() + field.size();
        }
        if (byteSize > end) {
            steps.add(padding(end, byteSize - end));
        }
        MethodHandle all = MethodHandles.empty(WRITER);
        for (int i = steps.size() - 1; i >= 0; i--) {
            all = MethodHandles.foldArguments(all, steps.get(i));
        }
        return all;
    }

    private static MethodHandle padding(long offset, long count) {
        return MethodHandles.dropArguments(Handles.at(Handles.zeros(count), offset), 2, Record.class);
    }

    private MethodHandle buildReader(List<Field> fields, Access access) {
        MethodHandle[] readers = new MethodHandle[fields.size()];
        Class<?>[] parameterTypes = new Class<?>[fields.size()];
        int[] reorder = new int[2 * fields.size()];
        for (int i = 0; i < readers.length; i++) {
            Field field = fields.get(i);
            MethodHandle read = field.string() != null
                    ? Handles.virtual(FixedStringField.class, "read", String.class, MemorySegment.class, long.class)
                            .bindTo(field.string())
                    : Handles.reader(field.kind(), order, field.count());
            readers[i] = Handles.at(read, field.offset());
            parameterTypes[i] = field.javaType();
            reorder[2 * i] = 0;
            reorder[2 * i + 1] = 1;
        }
        // (T1..Tn)R -> (MemorySegment, long, ..., MemorySegment, long)R -> (MemorySegment, long)R.
        // Collecting from the last parameter keeps the indexes of the ones not yet replaced.
        MethodHandle spread = access.constructor(parameterTypes);
        for (int i = readers.length - 1; i >= 0; i--) {
            spread = MethodHandles.collectArguments(spread, i, readers[i]);
        }
        MethodHandle read = MethodHandles.permuteArguments(spread,
                MethodType.methodType(type, MemorySegment.class, long.class), reorder);
        return read.asType(READER);
    }

    private static long alignUp(long offset, long alignment) {
        return (offset + alignment - 1) / alignment * alignment;
    }

    private static long fnv1a64(String text) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash == 0 ? 1 : hash;
    }

    /**
     * How the codec reaches a record's members. A private lookup reads the component fields directly, so
     * defensive copies in accessors cost nothing per encode; where the record's module does not open its
     * package to this one, public accessors and constructor are used instead.
     */
    private record Access(Class<?> type, MethodHandles.Lookup lookup, boolean fields) {

        static Access of(Class<?> type) {
            Module self = RecordCodec.class.getModule();
            if (self.isNamed() && !self.canRead(type.getModule())) {
                self.addReads(type.getModule());
            }
            try {
                return new Access(type, MethodHandles.privateLookupIn(type, MethodHandles.lookup()), true);
            } catch (IllegalAccessException e) {
                if (isPubliclyAccessible(type)) {
                    return new Access(type, MethodHandles.publicLookup(), false);
                }
                throw new RecordDefinitionException("record class not accessible to " + self + ": " + type.getName()
                        + " (make it public in an exported package, or open its package to io.shmex.common)");
            }
        }

        private static boolean isPubliclyAccessible(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
                if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                    return false;
                }
            }
            return type.getModule().isExported(type.getPackageName());
        }

        /** @return {@code (R)T} reading the component */
        MethodHandle getter(RecordComponent component) {
            try {
                return fields
                        ? lookup.findGetter(type, component.getName(), component.getType())
                        : lookup.unreflect(component.getAccessor());
            } catch (ReflectiveOperationException e) {
                throw new RecordDefinitionException("component not readable: field=" + component.getName()
                        + " record=" + type.getSimpleName() + " (" + e.getMessage() + ")");
            }
        }

        /** @return {@code (T1..Tn)R}, the canonical constructor */
        MethodHandle constructor(Class<?>[] parameterTypes) {
            try {
                return lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes));
            } catch (ReflectiveOperationException e) {
                throw new RecordDefinitionException("canonical constructor not accessible: record=" + type.getSimpleName()
                        + " (" + e.getMessage() + ")");
            }
        }
    }
}
