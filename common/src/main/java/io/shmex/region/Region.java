package io.shmex.region;

import static io.shmex.format.RegionFormat.*;

import io.shmex.error.LayoutMismatchException;
import io.shmex.error.RegionClosedException;
import io.shmex.error.RegionExistsException;
import io.shmex.error.RegionFormatException;
import io.shmex.error.RegionNotFoundException;
import io.shmex.record.RecordCodec;
import io.shmex.wait.Futex;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

/**
 * A memory-mapped shmex region: a self-describing header and independent slots, shared by one
 * writer and any number of readers in different processes.
 *
 * <p>Writers get a region from {@link #create}, {@link #createFromFile} or {@link #createOrOpen};
 * each takes the region's writer lock, so a second writer fails with
 * {@link io.shmex.error.WriterActiveException}. Readers use {@link #open} or
 * {@link #openWhenReady}. {@link #close()} unmaps at once and releases the writer lock.
 *
 * <pre>{@code
 * try (Region region = Region.createOrOpen(RegionPath.named("demo"), RegionSpec.defaults())) {
 *     region.bytes(RegionSpec.IMAGE_SLOT).publish(ImagePayloadCodec.encode(path, imageBytes));
 *     region.record(RegionSpec.RECORD_SLOT, TestData.CODEC).publish(TestData.sample());
 * }
 * }</pre>
 */
public final class Region implements AutoCloseable {
    private final RegionPath path;
    private final Arena arena;
    private final MemorySegment seg;
    private final RegionInfo info;
    private final ChangeSignal signal;
    private final Map<String, SlotBuffers> slots = new LinkedHashMap<>();
    private final Map<String, SlotSpec> specs = new LinkedHashMap<>();
    private final WriterLock lock;
    private final Object fileKey;
    private volatile boolean closed;

    Region(RegionPath path, Arena arena, MemorySegment seg, RegionHeader.Layout layout, WriterLock lock,
            Object fileKey) {
        this.path = path;
        this.arena = arena;
        this.seg = seg;
        this.lock = lock;
        this.signal = new ChangeSignal(seg, Futex.get());
        for (RegionHeader.SlotLayout slot : layout.slots()) {
            String where = "region=" + path + " slot=" + slot.spec().name();
            slots.put(slot.spec().name(), new SlotBuffers(seg, slot, signal, where));
            specs.put(slot.spec().name(), slot.spec());
        }
        this.info = new RegionInfo(path.file(), seg.get(INT, VERSION_OFFSET), layout.fileSize(),
                seg.get(LONG, CREATED_OFFSET), layout.slots().stream().map(RegionHeader.SlotLayout::spec).toList());
        this.fileKey = fileKey;
    }

    /**
     * Creates a new region and becomes its writer.
     *
     * @param path where to create it
     * @param spec the slots
     * @return the region, open for writing
     * @throws RegionExistsException if the file already exists
     * @throws io.shmex.error.WriterActiveException if another writer holds the region's lock
     */
    public static Region create(RegionPath path, RegionSpec spec) {
        Objects.requireNonNull(spec, "spec");
        WriterLock lock = WriterLock.acquire(path);
        try {
            return RegionMapper.createLocked(path, spec, lock, false);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Formats an existing file as a region and becomes its writer. The file grows if it is too
     * small and is never shrunk, so processes that still map it cannot fault.
     *
     * @param file an existing regular file (not a symlink)
     * @param spec the slots
     * @return the region, open for writing
     * @throws RegionNotFoundException if the file does not exist
     * @throws RegionExistsException if the file already holds a shmex region
     */
    public static Region createFromFile(Path file, RegionSpec spec) {
        Objects.requireNonNull(spec, "spec");
        RegionPath path = RegionPath.of(file);
        WriterLock lock = WriterLock.acquire(path);
        FileChannel channel = null;
        try {
            channel = RegionFiles.openExisting(path.file());
            if (RegionMapper.holdsRegion(channel, path.file())) {
                throw new RegionExistsException(path.file());
            }
            Region region = RegionMapper.initialise(path, path.file(), channel, spec, lock);
            RegionFiles.close(channel);
            return region;
        } catch (RuntimeException | Error e) {
            RegionFiles.close(channel);
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the region if it exists and has every slot of {@code spec} with the same kind and
     * record layout (its capacities win); creates it otherwise. Becomes the writer either way.
     *
     * @param path where the region lives
     * @param spec the slots the caller needs
     * @return the region, open for writing
     * @throws LayoutMismatchException if a record slot has another layout
     * @throws RegionFormatException if the file is not a compatible region
     */
    public static Region createOrOpen(RegionPath path, RegionSpec spec) {
        Objects.requireNonNull(spec, "spec");
        WriterLock lock = WriterLock.acquire(path);
        try {
            if (!Files.exists(path.file(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return RegionMapper.createLocked(path, spec, lock, false);
            }
            FileChannel channel = RegionFiles.openExisting(path.file());
            try {
                if (RegionMapper.headerVersion(channel, path.file()) == 0 && RegionFiles.size(channel, path.file()) >= 8) {
                    // We hold the writer lock, so a header still at version 0 is from a creator that died.
                    return RegionMapper.initialise(path, path.file(), channel, spec, lock);
                }
            } finally {
                RegionFiles.close(channel);
            }
            Region region = RegionMapper.openMapped(path, lock);
            try {
                region.checkCompatible(spec);
            } catch (RuntimeException e) {
                region.unmap();
                throw e;
            }
            return region;
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing region for reading.
     *
     * @param path where the region lives
     * @return the region, open for reading
     * @throws RegionNotFoundException if there is no such file; see {@link #openWhenReady}
     * @throws RegionFormatException if the file is not a valid region
     */
    public static Region open(RegionPath path) {
        return RegionMapper.openMapped(path, null);
    }

    /**
     * Opens a region for reading, waiting for a writer to create it if needed.
     *
     * @param path where the region lives
     * @param timeout the most to wait
     * @return the region, open for reading
     * @throws RegionNotFoundException if it did not appear in time
     */
    public static Region openWhenReady(RegionPath path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return open(path);
            } catch (RegionNotFoundException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                LockSupport.parkNanos(20_000_000L);
            }
        }
    }

    /**
     * Deletes a region's file and lock file, after marking the region retired so readers that
     * still map it know to reopen. Refuses while a writer is active.
     *
     * @param path the region
     * @return true if a region file was deleted
     * @throws io.shmex.error.WriterActiveException if a writer holds the region
     */
    public static boolean delete(RegionPath path) {
        try (WriterLock lock = WriterLock.acquire(path)) {
            boolean existed = RegionMapper.retireAndDelete(path);
            RegionFiles.deleteQuietly(path.lockFile());
            return existed;
        }
    }

    /**
     * Replaces this writer's region with a new one of another shape, e.g. a larger image slot,
     * keeping the writer lock throughout so no other writer can slip in. Readers see the old file
     * retired ({@link #isStale()}) and reopen. This region is closed afterwards; if the new one
     * cannot be made, this one stays open and unchanged.
     *
     * @param spec the new slots
     * @return the new region, open for writing
     */
    public Region recreate(RegionSpec spec) {
        Objects.requireNonNull(spec, "spec");
        requireWriter();
        ensureOpen();
        // The new file replaces the old one atomically; if building it fails, this region is untouched.
        Region created = RegionMapper.createLocked(path, spec, lock, true);
        retire();
        closed = true;
        arena.close();
        return created;
    }

    private void checkCompatible(RegionSpec wanted) {
        for (SlotSpec want : wanted.slots()) {
            SlotSpec have = specs.get(want.name());
            String where = "region=" + path + " slot=" + want.name();
            if (have == null) {
                throw new RegionFormatException("region lacks a required slot: " + where
                        + " slots=" + specs.keySet());
            }
            if (have.kind() != want.kind()) {
                throw new RegionFormatException("slot kind differs: " + where + " expected=" + want.kind()
                        + " actual=" + have.kind());
            }
            if (have.fingerprint() != want.fingerprint()) {
                throw new LayoutMismatchException(where, want.layoutText(), have.layoutText());
            }
        }
    }

    /** @return where this region lives */
    public RegionPath path() {
        return path;
    }

    /** @return the validated header contents */
    public RegionInfo info() {
        return info;
    }

    /** @return true if this handle holds the writer lock */
    public boolean isWriter() {
        return lock != null;
    }

    /** @return true when readers block on a Linux futex rather than a sleep/backoff loop */
    public boolean usesFutex() {
        return signal.usesFutex();
    }

    /**
     * The bytes slot called {@code name}.
     *
     * @param name slot name, e.g. {@link RegionSpec#IMAGE_SLOT}
     * @return the slot
     * @throws RegionFormatException if there is no bytes slot of that name
     */
    public BytesSlot bytes(String name) {
        SlotSpec spec = slotSpec(name, SlotKind.BYTES);
        return new BytesSlot(this, spec, slots.get(name));
    }

    /**
     * The record slot called {@code name}, read and written with {@code codec}.
     *
     * @param name slot name, e.g. {@link RegionSpec#RECORD_SLOT}
     * @param codec the caller's record codec
     * @param <R> the record type
     * @return the slot
     * @throws LayoutMismatchException if the codec's layout differs from the stored one; the
     *     message shows both
     */
    public <R extends Record> RecordSlot<R> record(String name, RecordCodec<R> codec) {
        SlotSpec spec = slotSpec(name, SlotKind.RECORD);
        if (spec.fingerprint() != codec.fingerprint() || spec.capacity() != codec.byteSize()) {
            throw new LayoutMismatchException("region=" + path + " slot=" + name, codec.describe(),
                    spec.layoutText());
        }
        return new RecordSlot<>(this, spec, slots.get(name), codec);
    }

    /**
     * The latest sequence of any slot, without a codec: inspection tools can report record slots
     * whose layout they do not know.
     *
     * @param name slot name
     * @return the latest published sequence, 0 if none
     * @throws RegionFormatException if there is no slot of that name
     */
    public long latestSequence(String name) {
        ensureOpen();
        SlotBuffers buffers = slots.get(name);
        if (buffers == null) {
            throw new RegionFormatException("no slot named '" + name + "': region=" + path + " slots=" + specs.keySet());
        }
        return latestSequence(buffers);
    }

    /** A slot's latest sequence; followers poll it, so unlike {@link #guard} it allocates nothing. */
    long latestSequence(SlotBuffers buffers) {
        ensureOpen();
        try {
            return buffers.latestSequence();
        } catch (IllegalStateException e) {
            throw closedOr(e);
        }
    }

    private SlotSpec slotSpec(String name, SlotKind kind) {
        ensureOpen();
        SlotSpec spec = specs.get(name);
        if (spec == null || spec.kind() != kind) {
            throw new RegionFormatException("no " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " slot named '" + name + "': region=" + path + " slots=" + info.slots().stream()
                            .map(s -> s.name() + ":" + s.kind()).toList());
        }
        return spec;
    }

    /**
     * Whether a writer process holds this region's lock now.
     *
     * @return running and pid
     */
    public WriterStatus writerStatus() {
        if (lock != null) {
            return new WriterStatus(!closed, ProcessHandle.current().pid());
        }
        return WriterLock.status(path);
    }

    /**
     * Whether this mapping is out of date: its writer retired the file (recreated or deleted it),
     * or the path now names another file. Readers then close and reopen.
     *
     * @return true if the caller should reopen by path
     */
    public boolean isStale() {
        if (closed) {
            return true;
        }
        int flags = guard(() -> (int) INT_HANDLE.getAcquire(seg, FLAGS_OFFSET));
        if ((flags & FLAG_RETIRED) != 0) {
            return true;
        }
        Object now = RegionFiles.fileKey(path.file());
        return now == null || (fileKey != null && !fileKey.equals(now));
    }

    /**
     * A counter that changes after every publication in any slot; pass it to
     * {@link #awaitChange} to sleep until the next one.
     *
     * @return the current value
     */
    public int changeCount() {
        return guard(signal::current);
    }

    /**
     * Sleeps until a publication in any slot changes the counter, or the timeout passes.
     *
     * @param seen the value of {@link #changeCount()} the caller last saw
     * @param timeout the most to wait
     * @return the counter on return; equal to {@code seen} on timeout
     */
    public int awaitChange(int seen, Duration timeout) {
        ensureOpen();
        try {
            return signal.await(seen, timeout.toNanos());
        } catch (IllegalStateException e) {
            throw closedOr(e);
        }
    }

    long awaitSequence(SlotBuffers buffers, long sequence, Duration timeout) {
        ensureOpen();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                int seen = signal.current();
                long latest = buffers.latestSequence();
                long remaining = deadline - System.nanoTime();
                if (latest != sequence || remaining <= 0 || closed) {
                    return latest;
                }
                signal.await(seen, remaining);
            }
        } catch (IllegalStateException e) {
            throw closedOr(e);
        }
    }

    /** Runs an access to the mapping, turning a use-after-close into a typed error. */
    <T> T guard(Supplier<T> access) {
        ensureOpen();
        try {
            return access.get();
        } catch (IllegalStateException e) {
            throw closedOr(e);
        }
    }

    void ensureOpen() {
        if (closed) {
            throw new RegionClosedException("region=" + path);
        }
    }

    RuntimeException closedOr(IllegalStateException e) {
        return closed || !arena.scope().isAlive() ? new RegionClosedException("region=" + path) : e;
    }

    /** Tells every process mapping this file that it was replaced or deleted, and wakes sleepers. */
    void retire() {
        INT_HANDLE.getAndBitwiseOr(seg, FLAGS_OFFSET, FLAG_RETIRED);
        signal.signal();
    }

    private void requireWriter() {
        if (lock == null) {
            throw new io.shmex.error.NotWriterException("region=" + path);
        }
    }

    void unmap() {
        closed = true;
        arena.close();
    }

    /** Unmaps the region at once and releases the writer lock if held. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            arena.close();
        } catch (IllegalStateException e) {
            // Only thrown while another thread is inside an access; it fails with RegionClosedException.
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Region[" + path + (lock != null ? ", writer" : ", reader") + (closed ? ", closed" : "") + "]";
    }
}
