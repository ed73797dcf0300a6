package io.shmex.region;

import static io.shmex.format.RegionFormat.BUFFER_CRC;
import static io.shmex.format.RegionFormat.BUFFER_HEADER_SIZE;
import static io.shmex.format.RegionFormat.BUFFER_LENGTH;
import static io.shmex.format.RegionFormat.BUFFER_SEQLOCK;
import static io.shmex.format.RegionFormat.BUFFER_SEQUENCE;
import static io.shmex.format.RegionFormat.BUFFER_TIMESTAMP;
import static io.shmex.format.RegionFormat.BUFFER_WRITER_PID;
import static io.shmex.format.RegionFormat.CONTROL_LATEST_SEQUENCE;
import static io.shmex.format.RegionFormat.INT;
import static io.shmex.format.RegionFormat.LONG;
import static io.shmex.format.RegionFormat.LONG_HANDLE;

import io.shmex.error.CorruptPayloadException;
import io.shmex.error.MalformedPayloadException;
import io.shmex.error.PayloadTooLargeException;
import io.shmex.error.ShmexException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;

/**
 * The publication protocol of one slot: a seqlock per buffer and a rotating set of buffers.
 *
 * <p>The writer fills buffer {@code s % n} for sequence {@code s}: it makes the buffer's seqlock
 * odd, writes payload and metadata, makes the seqlock even again (release) and only then
 * publishes {@code s} as the slot's latest sequence (release). A reader acquires the latest
 * sequence, copies that buffer, and accepts the copy only if the seqlock was even and unchanged
 * around the copy and the buffer still held {@code s}. With three buffers the writer must publish
 * twice more before it touches the buffer a reader is copying, and it never waits for readers.
 */
final class SlotBuffers {
    /** A reader lapped this long by a fast writer gives up with an error instead of spinning forever. */
    private static final long READ_GIVE_UP_NANOS = 5_000_000_000L;

    private final MemorySegment seg;
    private final String where;
    private final long control;
    private final long capacity;
    private final int count;
    private final long[] buffers;
    private final ByteBuffer[] payloadViews;
    private final ByteBuffer[] readViews;
    private final ChangeSignal signal;
    private final long pid = ProcessHandle.current().pid();
    private final CRC32C writeCrc = new CRC32C();
    private final CRC32C readCrc = new CRC32C();
    private final ReentrantLock writeLock = new ReentrantLock();
    private long pendingSequence;
    private int pendingIndex;
    private long pendingLock;
    private long pendingLength;
    private final Object readLock = new Object();

    SlotBuffers(MemorySegment seg, RegionHeader.SlotLayout layout, ChangeSignal signal, String where) {
        this.seg = seg;
        this.where = where;
        this.control = layout.controlOffset();
        this.capacity = layout.spec().capacity();
        this.count = layout.spec().bufferCount();
        this.signal = signal;
        this.buffers = new long[count];
        this.payloadViews = new ByteBuffer[count];
        this.readViews = new ByteBuffer[count];
        for (int i = 0; i < count; i++) {
            buffers[i] = layout.bufferOffset(i);
            // Cached once: CRC32C over a direct view is intrinsified and allocates nothing per call.
            payloadViews[i] = seg.asSlice(buffers[i] + BUFFER_HEADER_SIZE, capacity).asByteBuffer();
            // Readers get their own views: a writer process may read its own slot concurrently.
            readViews[i] = payloadViews[i].duplicate();
        }
    }

    MemorySegment segment() {
        return seg;
    }

    long capacity() {
        return capacity;
    }

    String where() {
        return where;
    }

    long latestSequence() {
        return (long) LONG_HANDLE.getAcquire(seg, control + CONTROL_LATEST_SEQUENCE);
    }

    /**
     * Starts a publication: checks the length, takes the write lock and marks the next buffer as
     * being written. Must be followed by {@link #commit()} or {@link #abort()}.
     *
     * @return the offset in the region mapping where the payload goes
     */
    long begin(long length) {
        if (length < 0) {
            throw new MalformedPayloadException("negative payload length: length=" + length + " " + where);
        }
        if (length > capacity) {
            throw new PayloadTooLargeException(length, capacity, where);
        }
        writeLock.lock();
        long next = latestSequence() + 1;
        int index = (int) (next % count);
        long b = buffers[index];
        long lock = (long) LONG_HANDLE.getOpaque(seg, b + BUFFER_SEQLOCK);
        // A writer that died mid-write leaves the lock odd; step over it to the next odd value.
        long writing = (lock & 1) == 0 ? lock + 1 : lock + 2;
        LONG_HANDLE.setOpaque(seg, b + BUFFER_SEQLOCK, writing);
        VarHandle.storeStoreFence();
        pendingSequence = next;
        pendingIndex = index;
        pendingLock = writing;
        pendingLength = length;
        return b + BUFFER_HEADER_SIZE;
    }

    /** Finishes the publication started by {@link #begin}: metadata, even lock, then the sequence. */
    long commit() {
        try {
            long next = pendingSequence;
            long b = buffers[pendingIndex];
            int length = (int) pendingLength;
            ByteBuffer view = payloadViews[pendingIndex];
            view.clear().limit(length);
            writeCrc.reset();
            writeCrc.update(view);
            seg.set(LONG, b + BUFFER_SEQUENCE, next);
            seg.set(INT, b + BUFFER_LENGTH, length);
            seg.set(INT, b + BUFFER_CRC, (int) writeCrc.getValue());
            seg.set(LONG, b + BUFFER_TIMESTAMP, EpochClock.nowNanos());
            seg.set(LONG, b + BUFFER_WRITER_PID, pid);
            LONG_HANDLE.setRelease(seg, b + BUFFER_SEQLOCK, pendingLock + 1);
            LONG_HANDLE.setRelease(seg, control + CONTROL_LATEST_SEQUENCE, next);
            signal.signal();
            return next;
        } finally {
            writeLock.unlock();
        }
    }

    /** Abandons a started publication; the latest sequence still names an intact buffer. */
    void abort() {
        try {
            LONG_HANDLE.setRelease(seg, buffers[pendingIndex] + BUFFER_SEQLOCK, pendingLock + 1);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Copies the latest complete publication into {@code dst} at offset 0.
     *
     * @return false if nothing was published yet
     */
    boolean readInto(MemorySegment dst, PublicationInfo info) {
        synchronized (readLock) {
            return read(dst, info, null);
        }
    }

    /** Copies the latest complete publication into a new array; null if nothing was published. */
    Publication readCopy() {
        synchronized (readLock) {
            PublicationInfo info = new PublicationInfo();
            byte[][] out = new byte[1][];
            return read(null, info, out)
                    ? new Publication(info.sequence(), out[0], info.timestampEpochNanos(), info.writerPid(),
                            info.crc32c())
                    : null;
        }
    }

    private boolean read(MemorySegment dst, PublicationInfo info, byte[][] arrayOut) {
        long started = 0;
        for (int attempt = 0; ; attempt++) {
            long seq = latestSequence();
            if (seq == 0) {
                return false;
            }
            int index = (int) (seq % count);
            long b = buffers[index];
            long before = (long) LONG_HANDLE.getAcquire(seg, b + BUFFER_SEQLOCK);
            if ((before & 1) == 0 && seg.get(LONG, b + BUFFER_SEQUENCE) == seq) {
                int length = seg.get(INT, b + BUFFER_LENGTH);
                int crc = seg.get(INT, b + BUFFER_CRC);
                long timestamp = seg.get(LONG, b + BUFFER_TIMESTAMP);
                long writerPid = seg.get(LONG, b + BUFFER_WRITER_PID);
                boolean sane = length >= 0 && length <= capacity;
                int actual = 0;
                if (sane) {
                    if (arrayOut != null) {
                        arrayOut[0] = new byte[length];
                        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, b + BUFFER_HEADER_SIZE, arrayOut[0], 0, length);
                    } else {
                        if (dst.byteSize() < length) {
                            VarHandle.acquireFence();
                            if ((long) LONG_HANDLE.getOpaque(seg, b + BUFFER_SEQLOCK) == before) {
                                throw new PayloadTooLargeException(length, dst.byteSize(), where + " (destination)");
                            }
                            continue;
                        }
                        MemorySegment.copy(seg, b + BUFFER_HEADER_SIZE, dst, 0, length);
                        // Checksum the source: if the lock re-check passes it equals the copy,
                        // and the cached view makes this allocation-free.
                        actual = crcOf(readViews[index], length);
                    }
                }
                // Order the copy's loads before the re-check of the lock.
                VarHandle.acquireFence();
                long after = (long) LONG_HANDLE.getOpaque(seg, b + BUFFER_SEQLOCK);
                if (after == before) {
                    if (!sane) {
                        throw new CorruptPayloadException("payload length out of range: length=" + length
                                + " capacity=" + capacity + " sequence=" + seq + " " + where);
                    }
                    if (arrayOut != null) {
                        actual = crcOf(arrayOut[0], length);
                    }
                    if (actual != crc) {
                        throw new CorruptPayloadException("checksum mismatch: sequence=" + seq + " length=" + length
                                + " stored=0x" + Integer.toHexString(crc) + " actual=0x"
                                + Integer.toHexString(actual) + " " + where);
                    }
                    info.set(seq, length, crc, timestamp, writerPid);
                    return true;
                }
            }
            if (attempt == 0) {
                started = System.nanoTime();
            } else if (System.nanoTime() - started > READ_GIVE_UP_NANOS) {
                throw new ShmexException("could not read a stable snapshot: the writer kept overwriting it;"
                        + " attempts=" + attempt + " " + where);
            }
            if (attempt > 100) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    private int crcOf(byte[] bytes, int length) {
        readCrc.reset();
        readCrc.update(bytes, 0, length);
        return (int) readCrc.getValue();
    }

    private int crcOf(ByteBuffer view, int length) {
        view.clear().limit(length);
        readCrc.reset();
        readCrc.update(view);
        return (int) readCrc.getValue();
    }
}
