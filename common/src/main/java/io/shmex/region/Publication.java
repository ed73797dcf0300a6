package io.shmex.region;

import java.time.Instant;

/**
 * A complete, checksum-verified copy of one bytes publication.
 *
 * @param sequence the slot's publication sequence, from 1
 * @param payload the payload bytes (a private copy; the caller owns it)
 * @param timestampEpochNanos publish time in nanoseconds since the Unix epoch
 * @param writerPid process id of the writer
 * @param crc32c the verified CRC32C of the payload
 */
public record Publication(long sequence, byte[] payload, long timestampEpochNanos, long writerPid, int crc32c) {

    /** @return payload length in bytes */
    public int length() {
        return payload.length;
    }

    /** @return the publish time */
    public Instant timestamp() {
        return Instant.ofEpochSecond(0, timestampEpochNanos);
    }

    /** Leaves the bytes out: payloads are megabytes. */
    @Override
    public String toString() {
        return "Publication[sequence=" + sequence + ", length=" + payload.length + ", timestamp=" + timestamp()
                + ", writerPid=" + writerPid + "]";
    }
}
