package io.shmex.error;

/** Payload bytes that do not decode: a negative length, or a length past the end of the payload. */
public final class MalformedPayloadException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /** @param message the field and values that failed, e.g. {@code imageLength=-1 remaining=40} */
    public MalformedPayloadException(String message) {
        super(message);
    }
}
