package io.shmex.error;

/** A complete publication whose CRC32C does not match its bytes: the memory was damaged. */
public final class CorruptPayloadException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /** @param message the slot, sequence and both checksums */
    public CorruptPayloadException(String message) {
        super(message);
    }
}
