package io.shmex.error;

/** An I/O failure while creating, mapping or locking a region; the message names the file. */
public final class RegionAccessException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done, with the file
     * @param cause the I/O failure
     */
    public RegionAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what was refused, with the file */
    public RegionAccessException(String message) {
        super(message);
    }
}
