package io.shmex.region;

import io.shmex.error.RegionAccessException;
import io.shmex.error.WriterActiveException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * The one-writer rule: an exclusive OS file lock on {@code <region>.lock}, holding the writer's
 * pid. The OS releases it when the writer exits or is killed, which is how readers tell a live
 * writer from a dead one.
 *
 * <p>POSIX record locks belong to the process, and closing any descriptor of the file drops them
 * all. Locks taken in this JVM are therefore tracked here, and status probes never open the lock
 * file of a writer that lives in this same JVM.
 */
final class WriterLock implements AutoCloseable {
    /** A reader's status probe holds a shared lock for microseconds; a starting writer waits it out. */
    private static final long ACQUIRE_PATIENCE_NANOS = 300_000_000L;
    private static final Set<Path> HELD = new HashSet<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static WriterLock acquire(RegionPath region) {
        Path file = region.lockFile();
        RegionFiles.ensureParent(file);
        RegionFiles.refuseSymlink(file);
        synchronized (HELD) {
            if (HELD.contains(file)) {
                throw new WriterActiveException(ProcessHandle.current().pid(), "region=" + region);
            }
            FileChannel channel = null;
            try {
                FileAttribute<?>[] attrs = RegionFiles.posix()
                        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------"))}
                        : new FileAttribute<?>[0];
                channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), attrs);
                long deadline = System.nanoTime() + ACQUIRE_PATIENCE_NANOS;
                FileLock lock = channel.tryLock();
                while (lock == null && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(5_000_000L);
                    lock = channel.tryLock();
                }
                if (lock == null) {
                    long pid = readPid(channel);
                    channel.close();
                    throw new WriterActiveException(pid, "region=" + region);
                }
                byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(pid), 0);
                HELD.add(file);
                return new WriterLock(file, channel, lock);
            } catch (IOException | OverlappingFileLockException e) {
                RegionFiles.close(channel);
                throw new RegionAccessException("cannot take writer lock: file=" + file + ": " + e, e);
            }
        }
    }

    /** Probes the lock without disturbing a writer: a shared lock succeeds only when none is held. */
    static WriterStatus status(RegionPath region) {
        Path file = region.lockFile();
        synchronized (HELD) {
            if (HELD.contains(file)) {
                return new WriterStatus(true, ProcessHandle.current().pid());
            }
            if (Files.isSymbolicLink(file)) {
                return new WriterStatus(false, -1);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                long pid = readPid(channel);
                FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
                if (probe == null) {
                    return new WriterStatus(true, pid);
                }
                probe.release();
                return new WriterStatus(false, pid);
            } catch (NoSuchFileException e) {
                return new WriterStatus(false, -1);
            } catch (IOException | OverlappingFileLockException e) {
                return new WriterStatus(false, -1);
            }
        }
    }

    private static long readPid(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        channel.read(buf, 0);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
        try {
            return text.isEmpty() ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            try {
                lock.release();
            } catch (IOException ignored) {
                // Closing the channel below releases it as well.
            }
            RegionFiles.close(channel);
            HELD.remove(file);
        }
    }

    @Override
    public String toString() {
        return "WriterLock[" + file + "]";
    }
}
