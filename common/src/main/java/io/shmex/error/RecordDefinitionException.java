package io.shmex.error;

/** A record class cannot be given a fixed layout, e.g. an array without {@code @Length}. */
public final class RecordDefinitionException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /** @param message the record class and component at fault */
    public RecordDefinitionException(String message) {
        super(message);
    }
}
