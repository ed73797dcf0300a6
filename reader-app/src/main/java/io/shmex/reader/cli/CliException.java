package io.shmex.reader.cli;

/** A command-line failure whose message is already the one line the user should read. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message plain words, one line */
    public CliException(String message) {
        super(message);
    }
}
