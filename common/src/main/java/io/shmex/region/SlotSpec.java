package io.shmex.region;

import io.shmex.error.ShmexException;
import io.shmex.format.RegionFormat;
import io.shmex.record.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One slot of a region as the writer asks for it, or as it was read back from a header.
 *
 * @param name 1 to 31 UTF-8 bytes, unique within the region
 * @param kind bytes or record
 * @param capacity payload bytes each buffer holds
 * @param bufferCount buffers the writer rotates through (2..8); more buffers give slow readers
 *     longer to copy a snapshot before the writer laps them
 * @param fingerprint the record layout fingerprint, 0 for bytes slots
 * @param layoutText the record layout description, empty for bytes slots
 */
public record SlotSpec(String name, SlotKind kind, long capacity, int bufferCount, long fingerprint,
        String layoutText) {

    /** Three buffers: a reader gets two whole publications' time to copy before being lapped. */
    public static final int DEFAULT_BUFFERS = 3;

    /** Validates the values so a bad spec fails before any file is touched. */
    public SlotSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layoutText, "layoutText");
        int nameBytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (name.isEmpty() || nameBytes >= RegionFormat.SLOT_NAME_SIZE || name.indexOf('\0') >= 0) {
            throw new ShmexException("invalid slot name: name=\"" + name + "\" (1 to "
                    + (RegionFormat.SLOT_NAME_SIZE - 1) + " UTF-8 bytes, no NUL)");
        }
        if (capacity < 1 || capacity > RegionFormat.MAX_CAPACITY) {
            throw new ShmexException("invalid slot capacity: slot=" + name + " capacity=" + capacity
                    + " (1.." + RegionFormat.MAX_CAPACITY + ")");
        }
        if (bufferCount < RegionFormat.MIN_BUFFERS || bufferCount > RegionFormat.MAX_BUFFERS) {
            throw new ShmexException("invalid buffer count: slot=" + name + " bufferCount=" + bufferCount
                    + " (" + RegionFormat.MIN_BUFFERS + ".." + RegionFormat.MAX_BUFFERS + ")");
        }
        if (layoutText.getBytes(StandardCharsets.UTF_8).length > RegionFormat.MAX_LAYOUT_TEXT) {
            throw new ShmexException("record layout description too long: slot=" + name);
        }
    }

    /**
     * A variable-length bytes slot with the default three buffers.
     *
     * @param name slot name
     * @param capacity largest payload, in bytes
     * @return the spec
     */
    public static SlotSpec bytes(String name, long capacity) {
        return new SlotSpec(name, SlotKind.BYTES, capacity, DEFAULT_BUFFERS, 0, "");
    }

    /**
     * A record slot sized and fingerprinted from the codec's layout.
     *
     * @param name slot name
     * @param codec the record codec whose layout the slot stores
     * @return the spec
     */
    public static SlotSpec record(String name, RecordCodec<?> codec) {
        return new SlotSpec(name, SlotKind.RECORD, codec.byteSize(), DEFAULT_BUFFERS, codec.fingerprint(),
                codec.describe());
    }

    /**
     * Whether an existing slot can serve where this one is asked for: same kind and layout. A
     * different capacity is acceptable, the existing one wins.
     *
     * @param existing the slot found in a region
     * @return true if a writer asking for this spec may use {@code existing}
     */
    public boolean compatibleWith(SlotSpec existing) {
        return existing.name.equals(name) && existing.kind == kind && existing.fingerprint == fingerprint;
    }
}
