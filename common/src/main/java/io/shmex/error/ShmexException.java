package io.shmex.error;

/**
 * Root of every error the shmex library reports. Unchecked so that callers handle only the cases
 * they can act on; each subtype names the file, slot or field that caused it.
 */
public class ShmexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, with the region or field it concerns */
    public ShmexException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, with the region or field it concerns
     * @param cause the low-level failure
     */
    public ShmexException(String message, Throwable cause) {
        super(message, cause);
    }
}
