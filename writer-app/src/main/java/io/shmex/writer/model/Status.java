package io.shmex.writer.model;

/**
 * The one-line message in the status bar.
 *
 * @param kind how to show it
 * @param text plain words
 */
public record Status(Kind kind, String text) {
    /** How the status bar styles the message. */
    public enum Kind { INFO, SUCCESS, WARNING, ERROR }

    /**
     * @param text plain words
     * @return an info status
     */
    public static Status info(String text) {
        return new Status(Kind.INFO, text);
    }

    /**
     * @param text plain words
     * @return an error status
     */
    public static Status error(String text) {
        return new Status(Kind.ERROR, text);
    }
}
