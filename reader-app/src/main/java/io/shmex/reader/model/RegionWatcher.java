package io.shmex.reader.model;

import io.shmex.error.RegionNotFoundException;
import io.shmex.error.ShmexException;
import io.shmex.fx.Messages;
import io.shmex.region.RegionPath;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's one background thread for the region: opens it when it appears, notices the writer
 * dying and the file being replaced, and in follow mode fetches each new publication. It sleeps on
 * the region's change signal (a futex on Linux) in bounded steps, never spins, and is the only
 * thread that opens or closes the region; other threads read it under {@link #lock}'s read side.
 */
final class RegionWatcher implements AutoCloseable {
    /** Longest sleep between checks: how late a dead writer or replaced file is noticed. */
    static final Duration STEP = Duration.ofMillis(250);
    private static final Duration ERROR_RETRY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(RegionWatcher.class);

    /** Receives results on the watcher thread or a caller's thread; implementations hand them to the UI. */
    interface Listener {
        void connection(ConnectionStatus status);

        void image(ImageFetch fetch);

        void struct(StructFetch fetch);
    }

    private final RegionPath path;
    private final long maxPixels;
    private final Listener listener;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Thread thread;
    private volatile RegionConnection connection;
    private volatile ConnectionStatus lastStatus;
    private volatile boolean follow;
    private volatile boolean closed;
    /** Newest sequences already fetched from the current connection; 0 after each (re)connect. */
    private volatile long imageSeen;
    private volatile long recordSeen;
    private boolean recordProblemSent;
    private boolean reportedOnce;

    RegionWatcher(RegionPath path, long maxPixels, Listener listener) {
        this.path = path;
        this.maxPixels = maxPixels;
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("shmex-reader-watch").unstarted(this::run);
        this.lastStatus = waiting();
    }

    void start() {
        thread.start();
    }

    void setFollow(boolean on) {
        follow = on;
    }

    /** @return the connection status most recently reported */
    ConnectionStatus status() {
        return lastStatus;
    }

    /** Reads the latest image now, on the caller's thread. */
    ImageFetch readImage() {
        awaitConnection();
        lock.readLock().lock();
        try {
            RegionConnection c = connection;
            if (c == null) {
                return new ImageFetch.Refused(0, notConnected());
            }
            ImageFetch fetch = c.readImage(maxPixels);
            imageSeen = Math.max(imageSeen, fetch.sequence());
            return fetch;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Reads the latest record now, on the caller's thread. */
    StructFetch readStruct() {
        awaitConnection();
        lock.readLock().lock();
        try {
            RegionConnection c = connection;
            if (c == null) {
                return StructFetch.problem(notConnected());
            }
            StructFetch fetch = c.readStruct();
            recordSeen = Math.max(recordSeen, fetch.sequence());
            return fetch;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A button pressed just as the region appeared should not say "no writer": when the file
     * exists, give the watcher a moment to open it.
     */
    private void awaitConnection() {
        long deadline = System.nanoTime() + 2 * STEP.toNanos();
        while (connection == null && !closed && lastStatus.state() != ConnectionState.ERROR
                && Files.exists(path.file()) && System.nanoTime() - deadline < 0) {
            sleep(Duration.ofMillis(10));
        }
    }

    private String notConnected() {
        ConnectionStatus status = lastStatus;
        return status.state() == ConnectionState.ERROR ? status.text() : noWriterText(path);
    }

    /** @return what a read says before any writer created the region */
    static String noWriterText(RegionPath path) {
        return "No writer has created " + path.name() + " yet.";
    }

    private void run() {
        int seen = 0;
        long nextStatusCheck = 0;
        while (!closed) {
            try {
                RegionConnection c = connection;
                if (c == null) {
                    c = connect();
                    if (c == null) {
                        continue;
                    }
                    seen = c.region.changeCount();
                    nextStatusCheck = 0;
                }
                if (System.nanoTime() - nextStatusCheck >= 0) {
                    if (c.region.isStale()) {
                        // The writer replaced or deleted the file: reopen by path, keeping what is shown.
                        disconnect();
                        report(waiting());
                        continue;
                    }
                    report(c.status());
                    nextStatusCheck = System.nanoTime() + STEP.toNanos();
                }
                if (follow) {
                    fetchNew(c);
                    seen = c.region.awaitChange(seen, STEP);
                } else {
                    sleep(STEP);
                }
            } catch (ShmexException e) {
                fail(e);
            } catch (RuntimeException e) {
                LOG.warn("region watcher failed; retrying: region={}", path, e);
                fail(e);
            }
        }
        disconnect();
    }

    /** Opens the region, or reports why not and returns null after a pause. */
    private RegionConnection connect() {
        try {
            RegionConnection c = RegionConnection.open(path, STEP);
            lock.writeLock().lock();
            try {
                connection = c;
                imageSeen = 0;
                recordSeen = 0;
                recordProblemSent = false;
            } finally {
                lock.writeLock().unlock();
            }
            LOG.info("connected: region={}", path);
            return c;
        } catch (RegionNotFoundException e) {
            report(waiting());
            return null;
        }
    }

    private void fetchNew(RegionConnection c) {
        long image = c.latestImageSequence();
        if (image != 0 && image != imageSeen) {
            ImageFetch fetch = c.readImage(maxPixels);
            imageSeen = fetch.sequence() == 0 ? image : fetch.sequence();
            listener.image(fetch);
        }
        if (c.record == null) {
            if (!recordProblemSent) {
                recordProblemSent = true;
                listener.struct(StructFetch.problem(c.recordProblem));
            }
            return;
        }
        long record = c.latestRecordSequence();
        if (record != 0 && record != recordSeen) {
            StructFetch fetch = c.readStruct();
            recordSeen = fetch.sequence() == 0 ? record : fetch.sequence();
            listener.struct(fetch);
        }
    }

    private void fail(RuntimeException e) {
        disconnect();
        report(new ConnectionStatus(ConnectionState.ERROR, Messages.describe(e), "—"));
        sleep(ERROR_RETRY);
    }

    private void disconnect() {
        lock.writeLock().lock();
        try {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private ConnectionStatus waiting() {
        return new ConnectionStatus(ConnectionState.WAITING, "Waiting for a writer on " + path.name() + "…", "—");
    }

    /** Tells the listener only about changes, so a steady state costs the UI nothing. */
    private void report(ConnectionStatus status) {
        if (!status.equals(lastStatus) || !reportedOnce) {
            reportedOnce = true;
            lastStatus = status;
            listener.connection(status);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            // close() interrupts to end the pause early; the loop checks the flag.
        }
    }

    /** Stops the thread; it closes the region within one {@link #STEP}. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
