package io.shmex.writer.model;

import io.shmex.region.RegionPath;

/**
 * The writer's hold on its region, as the header bar shows it.
 *
 * @param path the region
 * @param open true while this process is the region's writer
 * @param capacity image slot capacity in bytes (the requested one until the region is open)
 * @param writerPid this process's pid when open; the other writer's pid when it holds the
 *     region; -1 if unknown
 * @param problem plain-words reason the region is not open, or null
 */
public record RegionStatus(RegionPath path, boolean open, long capacity, long writerPid, String problem) {
    /** @return true when another process is the writer */
    public boolean blockedByOtherWriter() {
        return !open && writerPid > 0 && writerPid != ProcessHandle.current().pid();
    }
}
