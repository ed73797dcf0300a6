package io.shmex.error;

/** A region, or a slot of it, was used after {@code close()}. */
public final class RegionClosedException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /** @param where the region that was closed */
    public RegionClosedException(String where) {
        super("region closed: " + where);
    }
}
