package io.shmex.region;

import java.time.Instant;

/**
 * A complete, checksum-verified record publication.
 *
 * @param sequence the slot's publication sequence, from 1
 * @param value the decoded record
 * @param timestampEpochNanos publish time in nanoseconds since the Unix epoch
 * @param writerPid process id of the writer
 * @param <R> the record type
 */
public record RecordPublication<R extends Record>(long sequence, R value, long timestampEpochNanos, long writerPid) {

    /** @return the publish time */
    public Instant timestamp() {
        return Instant.ofEpochSecond(0, timestampEpochNanos);
    }
}
