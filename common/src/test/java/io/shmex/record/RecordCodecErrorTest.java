package io.shmex.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shmex.error.MalformedPayloadException;
import io.shmex.error.PayloadTooLargeException;
import io.shmex.error.RecordDefinitionException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every refusal is typed, names the record and field, and leaves the destination untouched. */
class RecordCodecErrorTest {

    record NoLength(int[] values) {
    }

    record ZeroLength(@Length(0) int[] values) {
    }

    record NegativeLength(@Length(-3) long[] values) {
    }

    record Listy(int id, List<Integer> values) {
    }

    record Objecty(Object value) {
    }

    record Boxed(Integer value) {
    }

    record Inner(int x) {
    }

    record Nested(int id, Inner inner) {
    }

    record BareString(String name) {
    }

    record LengthOnScalar(@Length(2) int value) {
    }

    record FixedOnArray(@FixedString(bytes = 4) @Length(4) byte[] value) {
    }

    record LengthOnString(@Length(4) String value) {
    }

    record ZeroBytes(@FixedString(bytes = 0) String value) {
    }

    record ArrayOfStrings(@Length(2) String[] values) {
    }

    record Generic<T>(T value) {
    }

    record Empty() {
    }

    record Huge(int id, @Length(Integer.MAX_VALUE) long[] values) {
    }

    record Plain(int a, @Length(3) int[] values, @FixedString(bytes = 4) String tag) {
    }

    record Picky(int value) {
        Picky {
            if (value < 0) {
                throw new IllegalArgumentException("value must not be negative: " + value);
            }
        }
    }

    @Test
    void arrayWithoutLengthIsRefusedNamingRecordAndField() {
        assertThatThrownBy(() -> RecordCodec.of(NoLength.class))
                .isInstanceOf(RecordDefinitionException.class)
                .hasMessageContaining("@Length").hasMessageContaining("field=values").hasMessageContaining("record=NoLength");
    }

    @Test
    void nonPositiveLengthsAreRefused() {
        assertThatThrownBy(() -> RecordCodec.of(ZeroLength.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("length=0").hasMessageContaining("field=values");
        assertThatThrownBy(() -> RecordCodec.of(NegativeLength.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("length=-3");
        assertThatThrownBy(() -> RecordCodec.of(ZeroBytes.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("bytes=0").hasMessageContaining("field=value");
    }

    @Test
    void unsupportedTypesAreRefusedNamingRecordAndField() {
        assertThatThrownBy(() -> RecordCodec.of(Listy.class))
                .isInstanceOf(RecordDefinitionException.class)
                .hasMessageContaining("java.util.List").hasMessageContaining("field=values").hasMessageContaining("record=Listy");
        assertThatThrownBy(() -> RecordCodec.of(Objecty.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("field=value");
        assertThatThrownBy(() -> RecordCodec.of(Boxed.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("java.lang.Integer");
        assertThatThrownBy(() -> RecordCodec.of(Nested.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("field=inner").hasMessageContaining("record=Nested");
        assertThatThrownBy(() -> RecordCodec.of(ArrayOfStrings.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("field=values");
        assertThatThrownBy(() -> RecordCodec.of(Generic.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("field=value");
    }

    @Test
    void misplacedAnnotationsAreRefused() {
        assertThatThrownBy(() -> RecordCodec.of(BareString.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("@FixedString").hasMessageContaining("field=name");
        assertThatThrownBy(() -> RecordCodec.of(LengthOnScalar.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("field=value");
        assertThatThrownBy(() -> RecordCodec.of(FixedOnArray.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("field=value");
        assertThatThrownBy(() -> RecordCodec.of(LengthOnString.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("field=value");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void nonRecordsAndEmptyRecordsAreRefused() {
        assertThatThrownBy(() -> RecordCodec.of((Class) String.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("not a record").hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> RecordCodec.of((Class) Record.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("not a record");
        assertThatThrownBy(() -> RecordCodec.of(Empty.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("record=Empty");
    }

    @Test
    void layoutsPastTwoGigabytesAreRefused() {
        assertThatThrownBy(() -> RecordCodec.of(Huge.class))
                .isInstanceOf(RecordDefinitionException.class).hasMessageContaining("too large").hasMessageContaining("record=Huge");
    }

    @Test
    void privateAndLocalRecordsWork() {
        record Local(short s, @Length(2) char[] c) {
        }
        RecordCodec<Local> codec = RecordCodec.of(Local.class, Packing.NATURAL, ByteOrder.BIG_ENDIAN);
        MemorySegment dst = MemorySegment.ofArray(new byte[6]);
        codec.encode(new Local((short) 7, new char[] {'h', 'i'}), dst, 0);
        assertThat(codec.decode(dst, 0).c()).containsExactly('h', 'i');
    }

    @Test
    void nullRecordIsRefused() {
        MemorySegment dst = RecordVectors.filled(48, 0x33);
        assertThatThrownBy(() -> TestData.CODEC.encode(null, dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("record=TestData");
        assertThat(RecordVectors.bytes(dst)).containsOnly(0x33);
    }

    @Test
    void nullOrWrongLengthArrayIsRefusedBeforeAnyByteIsWritten() {
        RecordCodec<Plain> codec = RecordCodec.of(Plain.class);
        MemorySegment dst = RecordVectors.filled((int) codec.byteSize(), 0x33);
        assertThatThrownBy(() -> codec.encode(new Plain(1, null, "x"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessage("array is null: field=values expected=3 record=Plain");
        assertThatThrownBy(() -> codec.encode(new Plain(1, new int[2], "x"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessage("array length mismatch: field=values length=2 expected=3 record=Plain");
        assertThatThrownBy(() -> codec.encode(new Plain(1, new int[4], "x"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("length=4");
        assertThatThrownBy(() -> codec.encode(new Plain(1, new int[3], null), dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("field=tag").hasMessageContaining("record=Plain");
        assertThatThrownBy(() -> codec.encode(new Plain(1, new int[3], "long"), dst, 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("field=tag");
        // Field a (offset 0) precedes the bad fields, and still was not written.
        assertThat(RecordVectors.bytes(dst)).containsOnly(0x33);
    }

    @Test
    void tooSmallDestinationIsRefusedUnchanged() {
        MemorySegment dst = RecordVectors.filled(47, 0x33);
        assertThatThrownBy(() -> TestData.CODEC.encode(TestData.sample(), dst, 0))
                .isInstanceOfSatisfying(PayloadTooLargeException.class, e -> {
                    assertThat(e.length()).isEqualTo(48);
                    assertThat(e.capacity()).isEqualTo(47);
                })
                .hasMessageContaining("record=TestData");
        MemorySegment roomy = RecordVectors.filled(60, 0x33);
        assertThatThrownBy(() -> TestData.CODEC.encode(TestData.sample(), roomy, 13))
                .isInstanceOfSatisfying(PayloadTooLargeException.class, e -> assertThat(e.capacity()).isEqualTo(47));
        assertThatThrownBy(() -> TestData.CODEC.encode(TestData.sample(), roomy, 100))
                .isInstanceOfSatisfying(PayloadTooLargeException.class, e -> assertThat(e.capacity()).isZero());
        assertThatThrownBy(() -> TestData.CODEC.encode(TestData.sample(), roomy, -1))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("offset=-1");
        assertThat(RecordVectors.bytes(dst)).containsOnly(0x33);
        assertThat(RecordVectors.bytes(roomy)).containsOnly(0x33);
        TestData.CODEC.encode(TestData.sample(), roomy, 12);
    }

    @Test
    void tooSmallSourceIsATypedErrorNeverAnIndexError() {
        MemorySegment src = MemorySegment.ofArray(RecordVectors.seed());
        for (long offset : new long[] {1, 48, 49, -1, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThatThrownBy(() -> TestData.CODEC.decode(src, offset))
                    .as("offset %d", offset)
                    .isInstanceOf(MalformedPayloadException.class)
                    .hasMessageContaining("record=TestData").hasMessageContaining("offset=" + offset);
        }
        assertThatThrownBy(() -> TestData.CODEC.decode(MemorySegment.NULL, 0)).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> TestData.CODEC.decode(MemorySegment.ofArray(new byte[47]), 0))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("segmentSize=47");
    }

    @Test
    void valuesTheConstructorRefusesAreReportedAsMalformed() {
        RecordCodec<Picky> codec = RecordCodec.of(Picky.class);
        MemorySegment src = MemorySegment.ofArray(new byte[] {-1, -1, -1, -1});
        assertThatThrownBy(() -> codec.decode(src, 0))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("record=Picky")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentLifetimeErrorsAreTheCallersAndPassThrough() {
        MemorySegment closed;
        try (Arena arena = Arena.ofConfined()) {
            closed = arena.allocate(48);
        }
        assertThatThrownBy(() -> TestData.CODEC.decode(closed, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TestData.CODEC.encode(TestData.sample(), closed, 0)).isInstanceOf(IllegalStateException.class);
        MemorySegment readOnly = MemorySegment.ofArray(new byte[48]).asReadOnly();
        assertThatThrownBy(() -> TestData.CODEC.encode(TestData.sample(), readOnly, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
