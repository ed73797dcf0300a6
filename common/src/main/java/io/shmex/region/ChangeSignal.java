package io.shmex.region;

import static io.shmex.format.RegionFormat.INT_HANDLE;
import static io.shmex.format.RegionFormat.NOTIFY_OFFSET;
import static io.shmex.format.RegionFormat.WAITERS_OFFSET;

import io.shmex.wait.Backoff;
import io.shmex.wait.Futex;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * The region-wide "something was published" word. The writer bumps it after every publication and
 * wakes sleepers only when the waiters count says someone sleeps, which costs a couple of
 * nanoseconds when nobody does.
 *
 * <p>Writer: bump notify (a full fence), then read waiters. Reader: bump waiters (a full fence),
 * then read notify. Either the writer sees the waiter or the reader sees the new value, so a
 * wake-up is never lost; the futex itself re-checks the value in the kernel.
 */
final class ChangeSignal {
    /** Sleeps are cut into slices this long so a dead writer or a closed region is noticed. */
    static final long MAX_SLEEP_NANOS = 100_000_000L;

    private final MemorySegment seg;
    private final long notifyAddress;
    /** Null where no futex exists; a plain field keeps {@link #signal()} free of lambdas. */
    private final Futex futex;

    ChangeSignal(MemorySegment seg, Optional<Futex> futex) {
        this.seg = seg;
        this.notifyAddress = seg.address() + NOTIFY_OFFSET;
        this.futex = futex.orElse(null);
    }

    int current() {
        return (int) INT_HANDLE.getAcquire(seg, NOTIFY_OFFSET);
    }

    void signal() {
        INT_HANDLE.getAndAdd(seg, NOTIFY_OFFSET, 1);
        if (futex != null && (int) INT_HANDLE.getVolatile(seg, WAITERS_OFFSET) != 0) {
            futex.wake(notifyAddress);
        }
    }

    /**
     * Waits until the word differs from {@code seen} or the timeout passes.
     *
     * @return the word's value on return
     */
    int await(int seen, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        int round = 0;
        while (true) {
            int now = current();
            if (now != seen) {
                return now;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return now;
            }
            if (futex != null) {
                INT_HANDLE.getAndAdd(seg, WAITERS_OFFSET, 1);
                try {
                    if (current() == seen) {
                        futex.wait(notifyAddress, seen, Math.min(remaining, MAX_SLEEP_NANOS));
                    }
                } finally {
                    INT_HANDLE.getAndAdd(seg, WAITERS_OFFSET, -1);
                }
            } else {
                Backoff.idle(round++);
            }
        }
    }

    boolean usesFutex() {
        return futex != null;
    }
}
