package io.shmex.error;

/** The record layout a reader expects differs from the one stored in the region's slot. */
public final class LayoutMismatchException extends ShmexException {
    private static final long serialVersionUID = 1L;
    private final String expected;
    private final String actual;

    /**
     * @param where the region and slot
     * @param expected the caller's layout description
     * @param actual the layout description stored in the region
     */
    public LayoutMismatchException(String where, String expected, String actual) {
        super("record layout mismatch: " + where + " expected=" + expected + " actual=" + actual);
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the caller's layout description */
    public String expected() {
        return expected;
    }

    /** @return the layout description stored in the region */
    public String actual() {
        return actual;
    }
}
