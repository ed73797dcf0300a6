package io.shmex.reader.model;

import io.shmex.record.TestData;

/**
 * What reading the record slot produced.
 *
 * @param value the record, or null when there is none or it cannot be read
 * @param sequence the publication's sequence, 0 when there was none
 * @param publishedEpochNanos when it was published, 0 when there was none
 * @param message why there is no value, in plain words; null when there is one
 */
public record StructFetch(TestData value, long sequence, long publishedEpochNanos, String message) {

    /** @return true when {@link #value()} holds a record */
    public boolean ok() {
        return value != null;
    }

    static StructFetch problem(String message) {
        return new StructFetch(null, 0, 0, message);
    }
}
