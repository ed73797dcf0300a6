package io.shmex.reader.model;

/** Where the reader stands with its region. */
public enum ConnectionState {
    /** The region file does not exist yet; the reader connects by itself when a writer creates it. */
    WAITING,
    /** The region is open and a writer process holds it. */
    CONNECTED,
    /** The region is open but no writer holds it any more (exited or killed); its last data stays readable. */
    WRITER_GONE,
    /** The file is not a region the reader can use (corrupt, foreign, unreadable); retried now and then. */
    ERROR
}
