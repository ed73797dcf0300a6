package io.shmex.writer.model;

/**
 * The selected image does not fit the region's image slot.
 *
 * @param needed payload bytes the image needs
 * @param capacity what the slot holds
 */
public record Oversize(long needed, long capacity) {
    private static final long MIB = 1024 * 1024;

    /** @return {@code needed} rounded up to the next whole MiB: the capacity to recreate with */
    public long suggestedCapacity() {
        return roundUpToMiB(needed);
    }

    /**
     * @param bytes a size
     * @return the size rounded up to a whole number of MiB, at least 1 MiB
     */
    public static long roundUpToMiB(long bytes) {
        return Math.max(1, (bytes + MIB - 1) / MIB) * MIB;
    }
}
