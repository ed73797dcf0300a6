package io.shmex.error;

/**
 * The file is not a usable shmex region: wrong magic, unsupported version, truncated, or a header
 * whose values contradict each other. Raised before any payload byte is trusted.
 */
public final class RegionFormatException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /** @param message the check that failed, with the file it concerns */
    public RegionFormatException(String message) {
        super(message);
    }
}
