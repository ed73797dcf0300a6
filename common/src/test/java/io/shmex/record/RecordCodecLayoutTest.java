package io.shmex.record;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sizes, offsets, the describe() text and the fingerprint: what peers compare before trusting bytes. */
class RecordCodecLayoutTest {

    /** Pinned: a change here breaks every region file written before it. */
    private static final long TEST_DATA_FINGERPRINT = 0x53ff6615f43d55e3L;

    record SameFieldsOtherName(int id, int age, @Length(10) int[] scores) {
    }

    record Renamed(int id, int years, @Length(10) int[] scores) {
    }

    record Reordered(int age, int id, @Length(10) int[] scores) {
    }

    record Retyped(int id, float age, @Length(10) int[] scores) {
    }

    record Resized(int id, int age, @Length(9) int[] scores) {
    }

    record Widened(int id, int age, @Length(5) long[] scores) {
    }

    record Mixed(byte b, int i, short s, long l) {
    }

    record TrailingPad(long l, byte b) {
    }

    record Texts(byte tag, @FixedString(bytes = 16) String name, @FixedString(bytes = 8, charset = "latin1") String code) {
    }

    @Test
    void testDataIs48BytesAtOffsets0And4And8() {
        RecordCodec<TestData> codec = TestData.CODEC;
        assertThat(codec.byteSize()).isEqualTo(48);
        assertThat(codec.layout().byteSize()).isEqualTo(48);
        assertThat(codec.layout().byteOffset(groupElement("id"))).isZero();
        assertThat(codec.layout().byteOffset(groupElement("age"))).isEqualTo(4);
        assertThat(codec.layout().byteOffset(groupElement("scores"))).isEqualTo(8);
        assertThat(codec.layout().name()).contains("TestData");
        assertThat(codec.layout().memberLayouts()).extracting(MemoryLayout::name)
                .containsExactly(Optional.of("id"), Optional.of("age"), Optional.of("scores"));
        assertThat(codec.packing()).isEqualTo(Packing.PACKED);
        assertThat(codec.order()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void describeIsTheCanonicalText() {
        assertThat(TestData.CODEC.describe())
                .isEqualTo("TestData{id:int32@0,age:int32@4,scores:int32[10]@8} size=48 little-endian packed");
        assertThat(TestData.CODEC).hasToString(TestData.CODEC.describe());
        assertThat(RecordCodec.of(Texts.class, Packing.NATURAL, ByteOrder.BIG_ENDIAN).describe())
                .isEqualTo("Texts{tag:int8@0,name:string(UTF-8)[16]@1,code:string(ISO-8859-1)[8]@17} size=25 big-endian natural");
    }

    @Test
    void fingerprintIsPinnedAndIsFnv1aOfTheDescriptionWithoutTheName() {
        assertThat(TestData.CODEC.fingerprint()).isEqualTo(TEST_DATA_FINGERPRINT);
        assertThat(fnv1a64("{id:int32@0,age:int32@4,scores:int32[10]@8} size=48 little-endian packed"))
                .isEqualTo(TEST_DATA_FINGERPRINT);
    }

    @Test
    void sameLayoutUnderAnotherRecordNameHasTheSameFingerprint() {
        RecordCodec<SameFieldsOtherName> other = RecordCodec.of(SameFieldsOtherName.class);
        assertThat(other.fingerprint()).isEqualTo(TEST_DATA_FINGERPRINT);
        assertThat(other.describe()).startsWith("SameFieldsOtherName{").isNotEqualTo(TestData.CODEC.describe());
        assertThat(other).isNotEqualTo(TestData.CODEC);
    }

    @Test
    void fingerprintChangesWithEveryLayoutDetail() {
        List<RecordCodec<?>> variants = List.of(
                RecordCodec.of(Renamed.class),
                RecordCodec.of(Reordered.class),
                RecordCodec.of(Retyped.class),
                RecordCodec.of(Resized.class),
                RecordCodec.of(Widened.class),
                RecordCodec.of(TestData.class, Packing.PACKED, ByteOrder.BIG_ENDIAN),
                RecordCodec.of(TestData.class, Packing.NATURAL, ByteOrder.LITTLE_ENDIAN));
        assertThat(variants).extracting(RecordCodec::fingerprint)
                .doesNotContain(TEST_DATA_FINGERPRINT, 0L)
                .doesNotHaveDuplicates();
        // Same bytes, different declared intent: Widened is 48 bytes too, yet must not match.
        assertThat(RecordCodec.of(Widened.class).byteSize()).isEqualTo(48);
    }

    @Test
    void fingerprintIsStableAcrossCodecInstances() {
        assertThat(RecordCodec.of(TestData.class).fingerprint()).isEqualTo(TestData.CODEC.fingerprint());
        assertThat(RecordCodec.of(TestData.class)).isEqualTo(TestData.CODEC).hasSameHashCodeAs(TestData.CODEC);
    }

    @Test
    void packedAndNaturalPlaceMixedFieldsLikeCSharpAndC() {
        RecordCodec<Mixed> packed = RecordCodec.of(Mixed.class);
        assertThat(packed.byteSize()).isEqualTo(15);
        assertThat(offsets(packed, "b", "i", "s", "l")).containsExactly(0L, 1L, 5L, 7L);
        assertThat(packed.layout().byteAlignment()).isEqualTo(1);
        assertThat(packed.describe()).isEqualTo("Mixed{b:int8@0,i:int32@1,s:int16@5,l:int64@7} size=15 little-endian packed");

        RecordCodec<Mixed> natural = RecordCodec.of(Mixed.class, Packing.NATURAL, ByteOrder.LITTLE_ENDIAN);
        assertThat(natural.byteSize()).isEqualTo(24);
        assertThat(offsets(natural, "b", "i", "s", "l")).containsExactly(0L, 4L, 8L, 16L);
        assertThat(natural.layout().byteAlignment()).isEqualTo(8);
        assertThat(natural.layout().memberLayouts()).filteredOn(PaddingLayout.class::isInstance)
                .extracting(MemoryLayout::byteSize).containsExactly(3L, 6L);
        assertThat(natural.describe()).isEqualTo("Mixed{b:int8@0,i:int32@4,s:int16@8,l:int64@16} size=24 little-endian natural");
    }

    @Test
    void naturalRoundsTheSizeUpToTheLargestAlignment() {
        assertThat(RecordCodec.of(TrailingPad.class).byteSize()).isEqualTo(9);
        RecordCodec<TrailingPad> natural = RecordCodec.of(TrailingPad.class, Packing.NATURAL, ByteOrder.LITTLE_ENDIAN);
        assertThat(natural.byteSize()).isEqualTo(16);
        assertThat(natural.layout().memberLayouts().getLast()).isInstanceOf(PaddingLayout.class);
    }

    @Test
    void naturalPaddingIsWrittenAsZero() {
        RecordCodec<Mixed> natural = RecordCodec.of(Mixed.class, Packing.NATURAL, ByteOrder.LITTLE_ENDIAN);
        MemorySegment dst = RecordVectors.filled(24, 0xFF);
        natural.encode(new Mixed((byte) -1, -1, (short) -1, -1L), dst, 0);
        byte[] bytes = RecordVectors.bytes(dst);
        for (int pad : new int[] {1, 2, 3, 10, 11, 12, 13, 14, 15}) {
            assertThat(bytes[pad]).as("padding byte %d", pad).isZero();
        }
        RecordCodec<TrailingPad> trailing = RecordCodec.of(TrailingPad.class, Packing.NATURAL, ByteOrder.LITTLE_ENDIAN);
        MemorySegment dst2 = RecordVectors.filled(16, 0xFF);
        trailing.encode(new TrailingPad(-1, (byte) -1), dst2, 0);
        assertThat(java.util.Arrays.copyOfRange(RecordVectors.bytes(dst2), 9, 16)).containsOnly(0);
    }

    @Test
    void naturalLayoutOfTestDataIsByteIdenticalButDeclaredDifferently() {
        RecordCodec<TestData> natural = RecordCodec.of(TestData.class, Packing.NATURAL, ByteOrder.LITTLE_ENDIAN);
        assertThat(natural.byteSize()).isEqualTo(48);
        assertThat(natural.describe()).endsWith(" natural");
        assertThat(natural).isNotEqualTo(TestData.CODEC);
        MemorySegment dst = MemorySegment.ofArray(new byte[48]);
        natural.encode(TestData.sample(), dst, 0);
        assertThat(RecordVectors.bytes(dst)).isEqualTo(RecordVectors.seed());
    }

    private static List<Long> offsets(RecordCodec<?> codec, String... names) {
        return java.util.Arrays.stream(names).map(n -> codec.layout().byteOffset(groupElement(n))).toList();
    }

    /** An independent FNV-1a 64, so the pinned value is checked against the documented algorithm. */
    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return hash;
    }
}
