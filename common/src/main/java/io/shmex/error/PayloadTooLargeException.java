package io.shmex.error;

/**
 * A payload does not fit its slot. Raised before any byte of the slot changes, so the previous
 * publication stays readable.
 */
public final class PayloadTooLargeException extends ShmexException {
    private static final long serialVersionUID = 1L;
    private final long length;
    private final long capacity;

    /**
     * @param length the payload length that was offered
     * @param capacity the most the slot holds
     * @param where the region and slot, for the message
     */
    public PayloadTooLargeException(long length, long capacity, String where) {
        super("payload too large: length=" + length + " capacity=" + capacity + " " + where);
        this.length = length;
        this.capacity = capacity;
    }

    /** @return the payload length that was offered */
    public long length() {
        return length;
    }

    /** @return the most the slot holds */
    public long capacity() {
        return capacity;
    }
}
