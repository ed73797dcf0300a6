package io.shmex;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Bytes allocated per call in steady state, from HotSpot's per-thread allocation counter. The best
 * of a few rounds is taken so that a stray JIT or GC event cannot fail a check. The counter is
 * reached reflectively because tests compile inside module io.shmex.common.
 */
public final class AllocationMeter {
    private static final int CALLS = 20_000;
    private static final int ROUNDS = 6;

    private final MethodHandle allocatedBytes = counter();

    /**
     * Runs {@code call} {@value #ROUNDS} times {@value #CALLS} times.
     *
     * @param call the operation to measure
     * @return the lowest bytes-per-call of any round
     */
    public double bytesPerCall(Runnable call) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long before = allocated();
            for (int i = 0; i < CALLS; i++) {
                call.run();
            }
            best = Math.min(best, (double) (allocated() - before) / CALLS);
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
    private static MethodHandle counter() {
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
