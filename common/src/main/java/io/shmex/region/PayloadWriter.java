package io.shmex.region;

import java.lang.foreign.MemorySegment;

/**
 * Encodes a payload straight into the slot's shared buffer, so large payloads are written once
 * instead of being built in a private array and copied.
 */
@FunctionalInterface
public interface PayloadWriter {
    /**
     * Writes exactly {@code target.byteSize()} bytes. If this throws, nothing is published and
     * the previous publication stays the latest.
     *
     * @param target the buffer slice to fill, exactly the announced length
     */
    void write(MemorySegment target);
}
