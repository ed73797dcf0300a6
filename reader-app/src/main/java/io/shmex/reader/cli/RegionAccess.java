package io.shmex.reader.cli;

import io.shmex.error.RegionNotFoundException;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.ToLongBiFunction;

/** Opening a region and waiting for a first publication, within one {@code --wait} budget. */
final class RegionAccess {
    private final RegionPath path;
    private final long deadline;
    private final Duration wait;

    RegionAccess(RegionPath path, Duration wait) {
        this.path = path;
        this.wait = wait;
        this.deadline = System.nanoTime() + wait.toNanos();
    }

    /** @throws CliException if the region does not exist (after waiting, if asked to) */
    Region open() {
        try {
            return Region.openWhenReady(path, wait);
        } catch (RegionNotFoundException e) {
            throw new CliException("no region at " + path + (wait.isZero()
                    ? " (is a writer running? --wait SECONDS waits for one)"
                    : " after waiting " + seconds(wait)));
        }
    }

    /**
     * Waits, within what remains of the budget, until a slot has a publication.
     *
     * @param latest the slot's latest sequence
     * @param await the slot's wait, {@code (sequence, timeout) -> latest}
     * @param what e.g. "image", for the message
     * @throws CliException if nothing was published in time
     */
    void awaitFirst(LongSupplier latest, ToLongBiFunction<Long, Duration> await, String what) {
        long remaining = deadline - System.nanoTime();
        if (latest.getAsLong() == 0 && remaining > 0) {
            await.applyAsLong(0L, Duration.ofNanos(remaining));
        }
        if (latest.getAsLong() == 0) {
            throw new CliException("no " + what + " has been published on " + path.name() + " yet"
                    + (wait.isZero() ? " (--wait SECONDS waits for one)" : " (waited " + seconds(wait) + ")"));
        }
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }
}
