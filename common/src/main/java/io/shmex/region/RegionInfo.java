package io.shmex.region;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a region's header says about it, as validated when it was opened.
 *
 * @param file the region file
 * @param formatVersion the header's format version
 * @param fileSize bytes the region occupies
 * @param createdEpochNanos when the region was created, nanoseconds since the Unix epoch
 * @param slots the slots, in file order
 */
public record RegionInfo(Path file, int formatVersion, long fileSize, long createdEpochNanos, List<SlotSpec> slots) {

    /** @return the creation time */
    public Instant created() {
        return Instant.ofEpochSecond(0, createdEpochNanos);
    }
}
