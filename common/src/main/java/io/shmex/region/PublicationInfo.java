package io.shmex.region;

import java.time.Instant;

/**
 * Metadata of the last publication read into a caller's buffer. Mutable and reused so that the
 * allocation-free read path ({@link BytesSlot#readLatest(java.lang.foreign.MemorySegment,
 * PublicationInfo)}) creates no objects; not thread-safe.
 */
public final class PublicationInfo {
    private long sequence;
    private int length;
    private int crc32c;
    private long timestampEpochNanos;
    private long writerPid;

    /** Creates an empty holder; all values are 0 until a read fills it. */
    public PublicationInfo() {
    }

    void set(long sequence, int length, int crc32c, long timestampEpochNanos, long writerPid) {
        this.sequence = sequence;
        this.length = length;
        this.crc32c = crc32c;
        this.timestampEpochNanos = timestampEpochNanos;
        this.writerPid = writerPid;
    }

    /** @return the publication's sequence, 1 for a slot's first publication */
    public long sequence() {
        return sequence;
    }

    /** @return payload bytes */
    public int length() {
        return length;
    }

    /** @return the CRC32C the writer stored, already verified against the bytes */
    public int crc32c() {
        return crc32c;
    }

    /** @return publish time in nanoseconds since the Unix epoch */
    public long timestampEpochNanos() {
        return timestampEpochNanos;
    }

    /** @return process id of the writer that published it */
    public long writerPid() {
        return writerPid;
    }

    @Override
    public String toString() {
        return "PublicationInfo[sequence=" + sequence + ", length=" + length + ", crc32c=0x"
                + Integer.toHexString(crc32c) + ", timestamp=" + Instant.ofEpochSecond(0, timestampEpochNanos)
                + ", writerPid=" + writerPid + "]";
    }
}
