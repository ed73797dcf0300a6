package io.shmex.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;

/**
 * The steady-state allocation promise: encode allocates nothing, decode only the record and its
 * arrays. Measured with the JVM's per-thread allocation counter; each check takes the best of a few
 * rounds so a stray JIT or GC event cannot fail it. The counter is reached reflectively because the
 * tests compile inside module io.shmex.common, which does not read java.management.
 */
class RecordCodecAllocationTest {

    private static final int CALLS = 20_000;

    record Mixed(int a, @FixedString(bytes = 16) String name, @Length(4) double[] values, boolean flag, char c) {
    }

    private final MethodHandle allocatedBytes = allocationCounter();

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
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 6; round++) {
            long before = allocated();
            for (int i = 0; i < CALLS; i++) {
                call.run();
            }
            long allocated = allocated() - before;
            best = Math.min(best, (double) allocated / CALLS);
        }
        return best;
    }

    private long allocated() {
        try {
            return (long) allocatedBytes.invokeExact(Thread.currentThread().threadId());
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** @return {@code (long threadId)long}, HotSpot's per-thread allocated-bytes counter */
    private static MethodHandle allocationCounter() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean");
            assumeTrue(hotspot.isInstance(bean), "per-thread allocation counter not available on this JVM");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            boolean enabled = (boolean) lookup.findVirtual(hotspot, "isThreadAllocatedMemoryEnabled",
                    MethodType.methodType(boolean.class)).invoke(bean);
            assumeTrue(enabled, "per-thread allocation counter disabled");
            return lookup.findVirtual(hotspot, "getThreadAllocatedBytes", MethodType.methodType(long.class, long.class))
                    .bindTo(bean);
        } catch (Throwable t) {
            assumeTrue(false, "per-thread allocation counter not reachable: " + t);
            return null;
        }
    }
}
