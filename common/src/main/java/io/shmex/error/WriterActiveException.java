package io.shmex.error;

/** Another process (or another writer in this one) already publishes to the region. */
public final class WriterActiveException extends ShmexException {
    private static final long serialVersionUID = 1L;
    private final long pid;

    /**
     * @param pid the active writer's process id, or -1 when it is unknown
     * @param where the region
     */
    public WriterActiveException(long pid, String where) {
        super("writer already active (pid " + (pid < 0 ? "unknown" : pid) + "): " + where);
        this.pid = pid;
    }

    /** @return the active writer's process id, or -1 when it is unknown */
    public long pid() {
        return pid;
    }
}
