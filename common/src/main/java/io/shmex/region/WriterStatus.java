package io.shmex.region;

/**
 * Whether a writer process holds the region's writer lock right now. The OS drops the lock when
 * the writer exits or is killed, so this also tells a crashed writer from a live one.
 *
 * @param running true if a writer holds the lock
 * @param pid the pid the writer recorded, or the pid of the last writer when not running; -1 if
 *     unknown
 */
public record WriterStatus(boolean running, long pid) {

    /** @return "writer running (pid N)" or "writer not running" */
    public String describe() {
        return running ? "writer running (pid " + pid + ")" : "writer not running";
    }
}
