package io.shmex.writer.model;

import io.shmex.fx.Messages;
import io.shmex.region.RegionPath;
import java.util.Locale;

/**
 * What one publish did, for the status bar and the command line.
 *
 * @param slot the slot written, e.g. {@code image}
 * @param sequence the slot's new sequence number
 * @param bytes payload bytes written
 * @param nanos how long the publish took, encoding included
 * @param region where
 */
public record Publication(String slot, long sequence, long bytes, long nanos, RegionPath region) {

    /** @return e.g. {@code seq=7 · 1.2 MiB · 0.84 ms · region /dev/shm/shmex-me/demo.shm} */
    public String summary() {
        return "seq=" + sequence + " · " + Messages.bytes(bytes) + " · " + duration(nanos) + " · region " + region;
    }

    /**
     * @param nanos a duration
     * @return microseconds below 0.1 ms ({@code 42 µs}), else milliseconds ({@code 0.84 ms})
     */
    public static String duration(long nanos) {
        if (nanos < 100_000) {
            return Math.max(1, Math.round(nanos / 1000.0)) + " µs";
        }
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}
