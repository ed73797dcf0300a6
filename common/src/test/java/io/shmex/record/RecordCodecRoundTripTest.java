package io.shmex.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shmex.error.MalformedPayloadException;
import io.shmex.error.RecordDefinitionException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every supported component kind, both byte orders and both packings, checked against hand-made bytes. */
class RecordCodecRoundTripTest {

    record Scalars(byte b, boolean z, short s, char c, int i, long l, float f, double d) {
    }

    record Arrays1(@Length(2) byte[] b, @Length(3) boolean[] z, @Length(2) short[] s, @Length(2) char[] c,
                   @Length(2) int[] i, @Length(2) long[] l, @Length(2) float[] f, @Length(2) double[] d) {
    }

    record Label(@FixedString(bytes = 8) String text) {
    }

    record Latin(@FixedString(bytes = 6, charset = "ISO-8859-1") String text) {
    }

    record Ascii(@FixedString(bytes = 6, charset = "ascii") String text) {
    }

    record Windows(@FixedString(bytes = 6, charset = "windows-1252") String text) {
    }

    record Utf16(@FixedString(bytes = 6, charset = "UTF-16LE") String text) {
    }

    record Unknown(@FixedString(bytes = 6, charset = "no-such-charset") String text) {
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(Packing.PACKED, ByteOrder.LITTLE_ENDIAN),
                Arguments.of(Packing.PACKED, ByteOrder.BIG_ENDIAN),
                Arguments.of(Packing.NATURAL, ByteOrder.LITTLE_ENDIAN),
                Arguments.of(Packing.NATURAL, ByteOrder.BIG_ENDIAN));
    }

    static Stream<Scalars> boundaryScalars() {
        return Stream.of(
                new Scalars((byte) 0, false, (short) 0, '\0', 0, 0L, 0f, 0d),
                new Scalars(Byte.MIN_VALUE, true, Short.MIN_VALUE, Character.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE,
                        -Float.MAX_VALUE, -Double.MAX_VALUE),
                new Scalars(Byte.MAX_VALUE, true, Short.MAX_VALUE, '\uffff', Integer.MAX_VALUE, Long.MAX_VALUE,
                        Float.MAX_VALUE, Double.MAX_VALUE),
                new Scalars((byte) -1, false, (short) -1, '\ud800', -1, -1L, -0.0f, -0.0d),
                new Scalars((byte) 1, true, (short) 1, 'é', 1, 1L, Float.MIN_VALUE, Double.MIN_VALUE),
                new Scalars((byte) 2, true, (short) 2, '日', 2, 2L, Float.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                new Scalars((byte) 3, true, (short) 3, 'x', 3, 3L, Float.intBitsToFloat(0x7fc12345),
                        Double.longBitsToDouble(0x7ff8000000000123L)),
                new Scalars((byte) 4, true, (short) 4, 'y', 4, 4L, Float.intBitsToFloat(0xffc00001),
                        Double.longBitsToDouble(0xfff0000000000001L)));
    }

    static Stream<Arguments> scalarCases() {
        return formats().flatMap(f -> boundaryScalars().map(s -> Arguments.of(f.get()[0], f.get()[1], s)));
    }

    @ParameterizedTest
    @MethodSource("scalarCases")
    void scalarsRoundTripBitExactAndMatchHandMadeBytes(Packing packing, ByteOrder order, Scalars value) {
        RecordCodec<Scalars> codec = RecordCodec.of(Scalars.class, packing, order);
        assertThat(codec.byteSize()).isEqualTo(packing == Packing.PACKED ? 30 : 40);
        MemorySegment dst = RecordVectors.filled((int) codec.byteSize() + 3, 0xEE);
        codec.encode(value, dst, 3);

        ByteBuffer expected = ByteBuffer.allocate((int) codec.byteSize()).order(order);
        if (packing == Packing.PACKED) {
            expected.put(value.b()).put((byte) (value.z() ? 1 : 0)).putShort(value.s()).putChar(value.c()).putInt(value.i())
                    .putLong(value.l()).putFloat(value.f()).putDouble(value.d());
        } else {
            expected.put(value.b()).put((byte) (value.z() ? 1 : 0)).putShort(value.s()).putChar(value.c())
                    .put(new byte[2]).putInt(value.i()).put(new byte[4]).putLong(value.l()).putFloat(value.f()).put(new byte[4]).putDouble(value.d());
        }
        byte[] written = Arrays.copyOfRange(RecordVectors.bytes(dst), 3, 3 + (int) codec.byteSize());
        assertThat(written).isEqualTo(expected.array());

        Scalars back = codec.decode(dst, 3);
        assertThat(back).isEqualTo(value);
        assertThat(Float.floatToRawIntBits(back.f())).isEqualTo(Float.floatToRawIntBits(value.f()));
        assertThat(Double.doubleToRawLongBits(back.d())).isEqualTo(Double.doubleToRawLongBits(value.d()));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void arraysOfEveryKindRoundTripAndSwapPerElement(Packing packing, ByteOrder order) {
        RecordCodec<Arrays1> codec = RecordCodec.of(Arrays1.class, packing, order);
        Arrays1 value = new Arrays1(new byte[] {Byte.MIN_VALUE, Byte.MAX_VALUE}, new boolean[] {true, false, true},
                new short[] {Short.MIN_VALUE, 0x1234}, new char[] {'\uffff', 'A'}, new int[] {Integer.MIN_VALUE, 0x01020304},
                new long[] {Long.MAX_VALUE, 0x0102030405060708L}, new float[] {Float.NaN, -1.5f},
                new double[] {Double.NEGATIVE_INFINITY, Math.PI});
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(codec.byteSize() + 1);
            codec.encode(value, dst, 1);
            RecordVectors.assertSameComponents(codec.decode(dst, 1), value);
            long intOffset = codec.layout().byteOffset(java.lang.foreign.MemoryLayout.PathElement.groupElement("i")) + 1;
            assertThat(dst.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), intOffset + 4)).isEqualTo(0x01020304);
            byte first = dst.get(ValueLayout.JAVA_BYTE, intOffset + 4);
            assertThat(first).isEqualTo(order == ByteOrder.BIG_ENDIAN ? (byte) 1 : (byte) 4);
        }
        assertThat(codec.byteSize()).isEqualTo(packing == Packing.PACKED ? 2 + 3 + 4 + 4 + 8 + 16 + 8 + 16 : 64);
    }

    @Test
    void anyNonZeroByteDecodesAsTrue() {
        RecordCodec<Scalars> codec = RecordCodec.of(Scalars.class);
        MemorySegment src = MemorySegment.ofArray(new byte[30]);
        for (int raw : new int[] {1, 2, 0x80, 0xFF}) {
            src.set(ValueLayout.JAVA_BYTE, 1, (byte) raw);
            assertThat(codec.decode(src, 0).z()).as("byte %d", raw).isTrue();
        }
        src.set(ValueLayout.JAVA_BYTE, 1, (byte) 0);
        assertThat(codec.decode(src, 0).z()).isFalse();

        RecordCodec<Arrays1> arrays = RecordCodec.of(Arrays1.class);
        MemorySegment zs = MemorySegment.ofArray(new byte[(int) arrays.byteSize()]);
        zs.set(ValueLayout.JAVA_BYTE, 2, (byte) 0x40);
        zs.set(ValueLayout.JAVA_BYTE, 4, (byte) 0xFF);
        assertThat(arrays.decode(zs, 0).z()).containsExactly(true, false, true);
    }

    @Test
    void stringsAreNulPaddedUtf8() {
        RecordCodec<Label> codec = RecordCodec.of(Label.class);
        MemorySegment dst = RecordVectors.filled(8, 0xFF);
        codec.encode(new Label("ab"), dst, 0);
        assertThat(RecordVectors.bytes(dst)).containsExactly('a', 'b', 0, 0, 0, 0, 0, 0);
        assertThat(codec.decode(dst, 0).text()).isEqualTo("ab");
    }

    @Test
    void emptyStringIsAllZeros() {
        RecordCodec<Label> codec = RecordCodec.of(Label.class);
        MemorySegment dst = RecordVectors.filled(8, 0xFF);
        codec.encode(new Label(""), dst, 0);
        assertThat(RecordVectors.bytes(dst)).containsOnly(0);
        assertThat(codec.decode(dst, 0).text()).isEmpty();
    }

    @Test
    void exactlyMaxLengthStillEndsWithNul() {
        RecordCodec<Label> codec = RecordCodec.of(Label.class);
        MemorySegment dst = RecordVectors.filled(8, 0xFF);
        codec.encode(new Label("1234567"), dst, 0);
        assertThat(RecordVectors.bytes(dst)).containsExactly('1', '2', '3', '4', '5', '6', '7', 0);
        assertThat(codec.decode(dst, 0).text()).isEqualTo("1234567");
        codec.encode(new Label("aé😀"), dst, 0);
        assertThat(RecordVectors.bytes(dst)).isEqualTo(withNul("aé😀".getBytes(StandardCharsets.UTF_8), 8));
        assertThat(codec.decode(dst, 0).text()).isEqualTo("aé😀");
    }

    @Test
    void tooLongIsRefusedBeforeAnyByteIsWritten() {
        RecordCodec<Label> codec = RecordCodec.of(Label.class);
        MemorySegment dst = RecordVectors.filled(8, 0x77);
        assertThatThrownBy(() -> codec.encode(new Label("12345678"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("field=text").hasMessageContaining("encodedLength=8").hasMessageContaining("max=7");
        // 3 chars but 8 bytes: the limit is on the encoded form.
        assertThatThrownBy(() -> codec.encode(new Label("éé日€"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("encodedLength=10");
        assertThatThrownBy(() -> codec.encode(new Label("abcdé😀"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("encodedLength=10");
        assertThat(RecordVectors.bytes(dst)).containsOnly(0x77);
    }

    @Test
    void nonAsciiUtf8IsByteExact() {
        RecordCodec<Label> codec = RecordCodec.of(Label.class);
        for (String text : new String[] {"ü", "grüß", "日本", "😀", "€1", "\u0080\u07ff", "\u0800\uffff"}) {
            MemorySegment dst = RecordVectors.filled(8, 0xFF);
            codec.encode(new Label(text), dst, 0);
            assertThat(RecordVectors.bytes(dst)).as(text).isEqualTo(withNul(text.getBytes(StandardCharsets.UTF_8), 8));
            assertThat(codec.decode(dst, 0).text()).isEqualTo(text);
        }
    }

    @Test
    void textThatCannotBeStoredFaithfullyIsRefused() {
        RecordCodec<Label> codec = RecordCodec.of(Label.class);
        MemorySegment dst = RecordVectors.filled(8, 0x77);
        for (String bad : new String[] {"a\0b", "\ud800", "x\udc00", "\ud83d"}) {
            assertThatThrownBy(() -> codec.encode(new Label(bad), dst, 0))
                    .as(bad).isInstanceOf(MalformedPayloadException.class).hasMessageContaining("field=text");
        }
        assertThatThrownBy(() -> RecordCodec.of(Ascii.class).encode(new Ascii("é"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("US-ASCII");
        assertThatThrownBy(() -> RecordCodec.of(Latin.class).encode(new Latin("日"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("ISO-8859-1");
        assertThatThrownBy(() -> RecordCodec.of(Windows.class).encode(new Windows("日"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("windows-1252");
        assertThat(RecordVectors.bytes(dst)).containsOnly(0x77);
    }

    @Test
    void storedBytesThatAreNotTextAreRefused() {
        RecordCodec<Label> codec = RecordCodec.of(Label.class);
        byte[][] bad = {
            {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'},              // no terminator
            {(byte) 0xC3, 0, 0, 0, 0, 0, 0, 0},                    // truncated sequence
            {(byte) 0xC0, (byte) 0x80, 0, 0, 0, 0, 0, 0},          // overlong NUL
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 0, 0, 0, 0, 0}, // encoded surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, 0, 0, 0, 0}, // past U+10FFFF
            {(byte) 0x80, 0, 0, 0, 0, 0, 0, 0},                    // stray continuation
        };
        for (byte[] bytes : bad) {
            assertThatThrownBy(() -> codec.decode(MemorySegment.ofArray(bytes), 0))
                    .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("field=text");
        }
        assertThatThrownBy(() -> RecordCodec.of(Ascii.class).decode(MemorySegment.ofArray(new byte[] {(byte) 0xE9, 0, 0, 0, 0, 0}), 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("field=text");
    }

    @Test
    void bytesAfterTheTerminatorAreIgnoredLikeC() {
        byte[] bytes = {'o', 'k', 0, 'x', 'y', (byte) 0xFF, 0, 0};
        assertThat(RecordCodec.of(Label.class).decode(MemorySegment.ofArray(bytes), 0).text()).isEqualTo("ok");
    }

    @Test
    void singleByteAndOtherCharsetsRoundTrip() {
        assertRoundTrip(RecordCodec.of(Latin.class), new Latin("café!"), "café!", StandardCharsets.ISO_8859_1, 6);
        assertRoundTrip(RecordCodec.of(Ascii.class), new Ascii("plain"), "plain", StandardCharsets.US_ASCII, 6);
        assertRoundTrip(RecordCodec.of(Windows.class), new Windows("€uro"), "€uro", Charset.forName("windows-1252"), 6);
        assertThat(RecordCodec.of(Windows.class).describe()).contains("string(windows-1252)[6]");
    }

    @Test
    void charsetsWithoutASingleNulByteOrUnknownAreRefusedAtDefinition() {
        assertThatThrownBy(() -> RecordCodec.of(Utf16.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("field=text").hasMessageContaining("UTF-16LE");
        assertThatThrownBy(() -> RecordCodec.of(Unknown.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("no-such-charset");
    }

    private static <R extends Record> void assertRoundTrip(RecordCodec<R> codec, R value, String text, Charset charset, int bytes) {
        MemorySegment dst = RecordVectors.filled(bytes, 0xFF);
        codec.encode(value, dst, 0);
        assertThat(RecordVectors.bytes(dst)).isEqualTo(withNul(text.getBytes(charset), bytes));
        assertThat(codec.decode(dst, 0)).isEqualTo(value);
    }

    private static byte[] withNul(byte[] text, int size) {
        return Arrays.copyOf(text, size);
    }
}
