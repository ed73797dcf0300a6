package io.shmex.error;

/** A region name outside {@code [A-Za-z0-9._-]{1,64}}. */
public final class InvalidRegionNameException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /** @param message why the name was refused, quoting it */
    public InvalidRegionNameException(String message) {
        super(message);
    }
}
