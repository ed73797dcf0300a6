package io.shmex.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * The steady-state allocation promise: encode allocates nothing, decode only the record and its
 * arrays, as counted by {@link io.shmex.AllocationMeter}.
 */
class RecordCodecAllocationTest {

    record Mixed(int a, @FixedString(bytes = 16) String name, @Length(4) double[] values, boolean flag, char c) {
    }

    private final io.shmex.AllocationMeter meter = new io.shmex.AllocationMeter();

    @Test
    void encodeAllocatesNothing() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(128);
            TestData data = TestData.sample();
            RecordCodec<Mixed> mixed = RecordCodec.of(Mixed.class, Packing.NATURAL, java.nio.ByteOrder.BIG_ENDIAN);
            Mixed value = new Mixed(1, "grüß 日本", new double[] {1, 2, 3, 4}, true, 'x');
            double testDataPerCall = bestOf(() -> TestData.CODEC.encode(data, dst, 3));
            double mixedPerCall = bestOf(() -> mixed.encode(value, dst, 5));
            assertThat(testDataPerCall).isLessThan(1.0);
            assertThat(mixedPerCall).isLessThan(1.0);
        }
    }

    @Test
    void decodeAllocatesOnlyTheRecordAndItsArrays() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment src = arena.allocate(64);
            TestData.CODEC.encode(TestData.sample(), src, 1);
            long[] sink = new long[1];
            double perCall = bestOf(() -> sink[0] += TestData.CODEC.decode(src, 1).id());
            // TestData (~24 B) + the decoded int[10] and the constructor's defensive copy (~56 B each).
            assertThat(perCall).isLessThanOrEqualTo(160.0);
            assertThat(sink[0]).isPositive();
        }
    }

    private double bestOf(Runnable call) {
        return meter.bytesPerCall(call);
    }
}
