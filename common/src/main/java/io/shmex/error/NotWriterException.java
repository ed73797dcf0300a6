package io.shmex.error;

/** A publish was attempted through a region opened for reading only. */
public final class NotWriterException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /** @param where the region and slot */
    public NotWriterException(String where) {
        super("region opened for reading only, cannot publish: " + where);
    }
}
