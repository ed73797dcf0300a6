package io.shmex.region;

import java.time.Instant;

/**
 * Wall-clock time in nanoseconds since the Unix epoch, without allocating. {@code Instant.now()}
 * costs an object per publication; instead the wall clock is sampled at most every 100 ms and
 * extended with {@code System.nanoTime()} in between, which follows clock steps within that time
 * and keeps publish timestamps comparable across processes to a few microseconds.
 */
final class EpochClock {
    private static final long REANCHOR_NANOS = 100_000_000L;

    private record Anchor(long epochNanos, long monotonicNanos) {
    }

    private static volatile Anchor anchor = sample();

    private EpochClock() {
    }

    static long nowNanos() {
        long now = System.nanoTime();
        Anchor a = anchor;
        long elapsed = now - a.monotonicNanos;
        if (elapsed > REANCHOR_NANOS || elapsed < 0) {
            a = sample();
            anchor = a;
            return a.epochNanos;
        }
        return a.epochNanos + elapsed;
    }

    private static Anchor sample() {
        Instant wall = Instant.now();
        return new Anchor(wall.getEpochSecond() * 1_000_000_000L + wall.getNano(), System.nanoTime());
    }
}
