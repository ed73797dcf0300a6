package io.shmex.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.error.ShmexException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Round trips at random offsets, and decoding arbitrary bytes never fails with an untyped exception. */
class RecordCodecProperties {

    record Mixed(byte b, boolean z, short s, char c, int i, long l, float f, double d,
                 @Length(3) long[] ls, @Length(2) float[] fs, @FixedString(bytes = 16) String name) {
    }

    private static final Map<Packing, RecordCodec<Mixed>> LITTLE = new EnumMap<>(Packing.class);
    private static final Map<Packing, RecordCodec<Mixed>> BIG = new EnumMap<>(Packing.class);

    static {
        for (Packing packing : Packing.values()) {
            LITTLE.put(packing, RecordCodec.of(Mixed.class, packing, ByteOrder.LITTLE_ENDIAN));
            BIG.put(packing, RecordCodec.of(Mixed.class, packing, ByteOrder.BIG_ENDIAN));
        }
    }

    @Property(tries = 300)
    void testDataRoundTripsAtAnyOffset(@ForAll int id, @ForAll int age, @ForAll @Size(10) int[] scores,
                                       @ForAll @IntRange(max = 40) int offset, @ForAll @IntRange(max = 9) int slack) {
        TestData value = new TestData(id, age, scores);
        MemorySegment dst = MemorySegment.ofArray(new byte[offset + 48 + slack]);
        TestData.CODEC.encode(value, dst, offset);
        byte[] written = Arrays.copyOfRange(RecordVectors.bytes(dst), offset, offset + 48);
        assertThat(written).isEqualTo(RecordVectors.handEncoded(id, age, scores));
        assertThat(TestData.CODEC.decode(dst, offset)).isEqualTo(value);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void mixedRecordRoundTripsBitExact(@ForAll byte b, @ForAll boolean z, @ForAll short s, @ForAll char c, @ForAll int i,
                                       @ForAll long l, @ForAll("floatBits") float f, @ForAll("doubleBits") double d,
                                       @ForAll @Size(3) long[] ls, @ForAll("names") String name,
                                       @ForAll Packing packing, @ForAll boolean bigEndian,
                                       @ForAll @IntRange(max = 33) int offset) {
        RecordCodec<Mixed> codec = (bigEndian ? BIG : LITTLE).get(packing);
        Mixed value = new Mixed(b, z, s, c, i, l, f, d, ls, new float[] {d > 0 ? f : -f, 1f / 3}, name);
        MemorySegment dst = RecordVectors.filled(offset + (int) codec.byteSize(), 0xA5);
        codec.encode(value, dst, offset);
        Mixed back = codec.decode(dst, offset);

        RecordVectors.assertSameComponents(back, value);
        assertThat(Float.floatToRawIntBits(back.f())).isEqualTo(Float.floatToRawIntBits(f));
        assertThat(Double.doubleToRawLongBits(back.d())).isEqualTo(Double.doubleToRawLongBits(d));
        assertThat(Float.floatToRawIntBits(back.fs()[0])).isEqualTo(Float.floatToRawIntBits(value.fs()[0]));
        assertThat(Arrays.copyOf(RecordVectors.bytes(dst), offset)).isEqualTo(RecordVectors.bytes(RecordVectors.filled(offset, 0xA5)));
    }

    @Property(tries = 500)
    void arbitraryBytesDecodeToAValueOrATypedError(@ForAll @Size(max = 100) byte[] bytes,
                                                   @ForAll @LongRange(min = -8, max = 108) long offset) {
        MemorySegment src = MemorySegment.ofArray(bytes);
        try {
            TestData decoded = TestData.CODEC.decode(src, offset);
            // Every 48 bytes are some TestData, and it encodes back to exactly those bytes.
            MemorySegment again = MemorySegment.ofArray(new byte[48]);
            TestData.CODEC.encode(decoded, again, 0);
            assertThat(RecordVectors.bytes(again)).isEqualTo(Arrays.copyOfRange(bytes, (int) offset, (int) offset + 48));
        } catch (ShmexException expected) {
            assertThat(offset < 0 || offset + 48 > bytes.length).isTrue();
        }
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void arbitraryBytesDecodeAsMixedToAValueOrATypedError(@ForAll @Size(max = 100) byte[] bytes,
                                                          @ForAll @LongRange(min = -8, max = 108) long offset,
                                                          @ForAll Packing packing, @ForAll boolean bigEndian) {
        RecordCodec<Mixed> codec = (bigEndian ? BIG : LITTLE).get(packing);
        try {
            Mixed decoded = codec.decode(MemorySegment.ofArray(bytes), offset);
            assertThat(decoded.ls()).hasSize(3);
            assertThat(decoded.name()).doesNotContain("\0");
        } catch (ShmexException expected) {
            // typed: too short, or a name without terminator or with malformed UTF-8
        }
    }

    @Property(tries = 200)
    void textWithinTheFieldAlwaysFitsAndRoundTrips(@ForAll("names") String name) {
        record Named(@FixedString(bytes = 16) String name) {
        }
        RecordCodec<Named> codec = RecordCodec.of(Named.class);
        MemorySegment dst = RecordVectors.filled(16, 0xFF);
        codec.encode(new Named(name), dst, 0);
        byte[] expected = Arrays.copyOf(name.getBytes(java.nio.charset.StandardCharsets.UTF_8), 16);
        assertThat(RecordVectors.bytes(dst)).isEqualTo(expected);
        assertThat(codec.decode(dst, 0).name()).isEqualTo(name);
    }

    @Provide
    Arbitrary<String> names() {
        // At most 3 code points of up to 4 UTF-8 bytes plus 3 ASCII: 15 bytes, the field's maximum.
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(3);
        Arbitrary<String> wide = Arbitraries.of("", "é", "ß", "€", "日", "😀", "\uffff", "\u0800", "\u07ff")
                .list().ofMaxSize(3).map(parts -> String.join("", parts));
        return net.jqwik.api.Combinators.combine(ascii, wide).as((a, w) -> a + w);
    }

    @Provide
    Arbitrary<Float> floatBits() {
        return Arbitraries.integers().map(Float::intBitsToFloat);
    }

    @Provide
    Arbitrary<Double> doubleBits() {
        return Arbitraries.longs().map(Double::longBitsToDouble);
    }
}
