package io.shmex.region;

import static io.shmex.format.RegionFormat.*;

import io.shmex.error.RegionAccessException;
import io.shmex.error.RegionFormatException;
import io.shmex.error.ShmexException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import io.shmex.error.RegionExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * Creates, formats and maps region files. Each {@link Arena} made here is owned by the
 * {@link Region} it goes into, and closed here if anything fails before that.
 */
final class RegionMapper {
    /** A creating writer needs microseconds between creating the file and publishing its header. */
    private static final long HEADER_READY_PATIENCE_NANOS = 500_000_000L;

    private RegionMapper() {
    }

    /**
     * Builds the region in a private staging file and renames it into place, so no reader can
     * open a file that is still being laid out. With {@code replace}, an existing file is swapped
     * out atomically; processes that still map it keep their old pages.
     */
    static Region createLocked(RegionPath path, RegionSpec spec, WriterLock lock, boolean replace) {
        Path file = path.file();
        RegionFiles.refuseSymlink(file);
        if (!replace && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RegionExistsException(file);
        }
        Path staging = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".creating");
        RegionFiles.deleteQuietly(staging);
        FileChannel channel = RegionFiles.createNew(staging);
        Region region = null;
        try {
            region = initialise(path, staging, channel, spec, lock);
            RegionFiles.close(channel);
            RegionFiles.moveIntoPlace(staging, file, replace);
            return region;
        } catch (RuntimeException | Error e) {
            RegionFiles.close(channel);
            if (region != null) {
                region.unmap();
            }
            RegionFiles.deleteQuietly(staging);
            throw e;
        }
    }

    static Region initialise(RegionPath path, Path file, FileChannel channel, RegionSpec spec, WriterLock lock) {
        RegionHeader.Layout layout = RegionHeader.plan(spec);
        long current = RegionFiles.size(channel, file);
        RegionFiles.setSize(channel, Math.max(current, layout.fileSize()), file);
        Arena arena = Arena.ofShared();
        try {
            MemorySegment seg = map(channel, layout.fileSize(), arena, file);
            INT_HANDLE.setRelease(seg, VERSION_OFFSET, 0);
            // A reused file may hold anything: clear every word the protocol trusts.
            seg.asSlice(0, layout.headerSize()).fill((byte) 0);
            for (RegionHeader.SlotLayout slot : layout.slots()) {
                seg.asSlice(slot.controlOffset(), CONTROL_SIZE).fill((byte) 0);
                for (int i = 0; i < slot.spec().bufferCount(); i++) {
                    seg.asSlice(slot.bufferOffset(i), BUFFER_HEADER_SIZE).fill((byte) 0);
                }
            }
            RegionHeader.write(seg, layout, EpochClock.nowNanos(), ProcessHandle.current().pid());
            // A rename keeps the inode, so the staging file's key is the final file's key.
            return new Region(path, arena, seg, layout, lock, RegionFiles.fileKey(file));
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    static Region openMapped(RegionPath path, WriterLock lock) {
        Path file = path.file();
        FileChannel channel = RegionFiles.openExisting(file);
        try {
            long deadline = System.nanoTime() + HEADER_READY_PATIENCE_NANOS;
            long fileSize;
            while (true) {
                ByteBuffer fixed = ByteBuffer.allocate(FIXED_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
                RegionFiles.readFully(channel, fixed, file);
                fixed.flip();
                try {
                    fileSize = RegionHeader.checkFixed(fixed, RegionFiles.size(channel, file), file);
                    break;
                } catch (RegionFormatException e) {
                    boolean notReady = fixed.limit() >= 12 && fixed.getInt((int) VERSION_OFFSET) == 0
                            && fixed.getLong(0) == MAGIC;
                    if (!notReady || System.nanoTime() - deadline >= 0) {
                        throw e;
                    }
                    LockSupport.parkNanos(5_000_000L);
                }
            }
            Arena arena = Arena.ofShared();
            try {
                MemorySegment seg = map(channel, fileSize, arena, file);
                // Pairs with the creator's release store of the version.
                INT_HANDLE.getAcquire(seg, VERSION_OFFSET);
                RegionHeader.Layout layout = RegionHeader.readSlots(seg, file);
                return new Region(path, arena, seg, layout, lock, RegionFiles.fileKey(file));
            } catch (RuntimeException | Error e) {
                arena.close();
                throw e;
            }
        } finally {
            RegionFiles.close(channel);
        }
    }

    private static MemorySegment map(FileChannel channel, long size, Arena arena, Path file) {
        try {
            return channel.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
        } catch (IOException e) {
            throw new RegionAccessException("cannot map region: file=" + file + " size=" + size + ": " + e, e);
        }
    }

    static int headerVersion(FileChannel channel, Path file) {
        ByteBuffer fixed = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        RegionFiles.readFully(channel, fixed, file);
        return fixed.position() < 12 || fixed.getLong(0) != MAGIC ? -1 : fixed.getInt(8);
    }

    static boolean holdsRegion(FileChannel channel, Path file) {
        ByteBuffer fixed = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        RegionFiles.readFully(channel, fixed, file);
        return fixed.position() == 8 && fixed.getLong(0) == MAGIC;
    }

    static boolean retireAndDelete(RegionPath path) {
        Path file = path.file();
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Region old = openMapped(path, null)) {
            old.retire();
        } catch (ShmexException e) {
            // Not a valid region: nothing maps it as one, so there is nobody to tell.
        }
        RegionFiles.deleteQuietly(file);
        return true;
    }
}
