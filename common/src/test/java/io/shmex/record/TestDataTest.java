package io.shmex.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shmex.error.MalformedPayloadException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The original .NET TestData: byte-exact vectors, its text form, and its defensive copies. */
class TestDataTest {

    private static final int[] SEED_SCORES = {60, 61, 62, 63, 64, 65, 66, 67, 68, 69};

    @Test
    void vectorsHaveTheDocumentedShape() {
        assertThat(RecordVectors.seed()).hasSize(48).isEqualTo(RecordVectors.handEncoded(100, 20, SEED_SCORES));
        assertThat(RecordVectors.extremes()).hasSize(48)
                .isEqualTo(RecordVectors.handEncoded(-1, Integer.MAX_VALUE, RecordVectors.EXTREME_SCORES));
    }

    @Test
    void sampleEncodesByteExactToTheSeedVector() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(48);
            TestData.CODEC.encode(TestData.sample(), dst, 0);
            assertThat(RecordVectors.bytes(dst)).isEqualTo(RecordVectors.seed());
        }
    }

    @Test
    void extremesEncodeByteExactToTheExtremesVector() {
        MemorySegment dst = RecordVectors.filled(48, 0x5A);
        TestData.CODEC.encode(RecordVectors.extremesValue(), dst, 0);
        assertThat(RecordVectors.bytes(dst)).isEqualTo(RecordVectors.extremes());
    }

    @Test
    void encodeAtAnOffsetTouchesOnlyTheRecordBytes() {
        MemorySegment dst = RecordVectors.filled(48 + 7 + 5, 0x5A);
        TestData.CODEC.encode(TestData.sample(), dst, 7);
        byte[] all = RecordVectors.bytes(dst);
        assertThat(java.util.Arrays.copyOfRange(all, 7, 55)).isEqualTo(RecordVectors.seed());
        assertThat(java.util.Arrays.copyOfRange(all, 0, 7)).containsOnly(0x5A);
        assertThat(java.util.Arrays.copyOfRange(all, 55, 60)).containsOnly(0x5A);
    }

    @Test
    void decodingTheVectorsGivesTheExpectedValues() {
        TestData seed = TestData.CODEC.decode(MemorySegment.ofArray(RecordVectors.seed()), 0);
        assertThat(seed).isEqualTo(TestData.sample());
        assertThat(seed.id()).isEqualTo(100);
        assertThat(seed.age()).isEqualTo(20);
        assertThat(seed.scores()).containsExactly(SEED_SCORES);

        try (Arena arena = Arena.ofConfined()) {
            MemorySegment src = arena.allocateFrom(ValueLayout.JAVA_BYTE, RecordVectors.extremes());
            TestData extremes = TestData.CODEC.decode(src, 0);
            assertThat(extremes.id()).isEqualTo(-1);
            assertThat(extremes.age()).isEqualTo(Integer.MAX_VALUE);
            assertThat(extremes.scores()).containsExactly(RecordVectors.EXTREME_SCORES);
            assertThat(extremes).isEqualTo(RecordVectors.extremesValue());
        }
    }

    @Test
    void toStringIsTheOriginalFormat() {
        assertThat(TestData.sample()).hasToString("Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69");
        assertThat(RecordVectors.extremesValue()).hasToString(
                "Id=-1,Age=2147483647,Scores=-2147483648,0,1,-1,255,256,65535,65536,-100,123456789");
    }

    @Test
    void parseReadsWhatToStringWrites() {
        assertThat(TestData.parse("Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69")).isEqualTo(TestData.sample());
        TestData extremes = RecordVectors.extremesValue();
        assertThat(TestData.parse(extremes.toString())).isEqualTo(extremes);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "Id=,Age=20,Scores=60,61,62,63,64,65,66,67,68,69",
        "Id=100",
        "id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69",
        "Id=100, Age=20,Scores=60,61,62,63,64,65,66,67,68,69",
        "Id=+100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69",
        "Id=2147483648,Age=20,Scores=60,61,62,63,64,65,66,67,68,69",
        "Id=100,Age=x,Scores=60,61,62,63,64,65,66,67,68,69",
        "Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68",
        "Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69,70",
        "Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,",
        "Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69 ",
        "Id=100,Age=20,Scores=60,,62,63,64,65,66,67,68,69",
        "Id=100,Age=20,Scores=-,61,62,63,64,65,66,67,68,69",
    })
    void parseRefusesAnythingElseWithATypedError(String text) {
        assertThatThrownBy(() -> TestData.parse(text))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("field=");
    }

    @Test
    void parseErrorsNameTheField() {
        assertThatThrownBy(() -> TestData.parse("Id=1,Age=x,Scores=1,2,3,4,5,6,7,8,9,10"))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("field=age");
        assertThatThrownBy(() -> TestData.parse("Id=1,Age=2,Scores=1,2,3"))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("field=scores");
        assertThatThrownBy(() -> TestData.parse("Id=z,Age=2,Scores=1,2,3"))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("field=id");
        assertThatThrownBy(() -> TestData.parse(null)).isInstanceOf(MalformedPayloadException.class);
    }

    @Test
    void constructorRefusesNullAndWrongLengthScores() {
        assertThatThrownBy(() -> new TestData(1, 2, null))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("field=scores");
        assertThatThrownBy(() -> new TestData(1, 2, new int[9]))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessage("array length mismatch: field=scores length=9 expected=10 record=TestData");
    }

    @Test
    void scoresAreCopiedInAndOut() {
        int[] scores = SEED_SCORES.clone();
        TestData data = new TestData(100, 20, scores);
        scores[0] = -1;
        assertThat(data.scores()[0]).isEqualTo(60);
        data.scores()[1] = -1;
        assertThat(data.scores()[1]).isEqualTo(61);
        assertThat(data.scores()).isNotSameAs(data.scores());
    }

    @Test
    void equalityFollowsTheScoreValues() {
        TestData a = TestData.sample();
        TestData b = new TestData(100, 20, SEED_SCORES.clone());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new TestData(100, 21, SEED_SCORES));
        int[] other = SEED_SCORES.clone();
        other[9] = 0;
        assertThat(a).isNotEqualTo(new TestData(100, 20, other));
        assertThat(a).isNotEqualTo(null).isNotEqualTo("Id=100");
    }

    @Test
    void constantsMatchTheCodec() {
        assertThat(TestData.SCORE_COUNT).isEqualTo(10);
        assertThat(TestData.CODEC.type()).isEqualTo(TestData.class);
        assertThat(TestData.CODEC.byteSize()).isEqualTo(48);
        assertThat(TestData.CODEC).isEqualTo(RecordCodec.of(TestData.class));
    }
}
