package io.shmex.format;

import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The byte layout of a shmex region file, version 1: every offset, size and limit in one place.
 * {@code docs/FORMAT.md} describes the same bytes for readers written in other languages.
 *
 * <p>All integers are little-endian. Offsets are from the start of the file.
 *
 * <pre>
 * Header (64 bytes)
 *  0                   8          12          16                      24          28          32
 *  +-------------------+----------+-----------+-----------------------+-----------+-----------+
 *  | magic "SHMEXRGN"  | version  | headerSize| fileSize (int64)      | slotCount | flags     |
 *  +-----------+-------+----------+-----------+-----------------------+-----------+-----------+
 *  | notify    |waiters| writerPid (int64)     | createdEpochNanos     | reserved (8)          |
 *  +-----------+-------+-----------------------+-----------------------+-----------------------+
 *  32          36      40                      48                      56                      64
 *
 *  version  : 0 while the header is being written; the format version once it is complete.
 *             Written last, with release semantics: never trust a region whose version is 0.
 *  flags    : bit 0 RETIRED - the writer replaced or removed this file; reopen by path.
 *  notify   : bumped after every publication in any slot; the futex word readers sleep on.
 *  waiters  : number of readers sleeping on notify; the writer skips the wake call when 0.
 *
 * Slot table (slotCount entries of 128 bytes, from offset 64)
 *  +0   name[32]             UTF-8, NUL-padded
 *  +32  kind        int32    1 = bytes, 2 = record
 *  +36  bufferCount int32    2..8
 *  +40  controlOffset int64  64-aligned offset of the slot's control block
 *  +48  capacity    int64    payload bytes each buffer holds
 *  +56  bufferStride int64   distance between buffers, 64-aligned, &gt;= 64 + capacity
 *  +64  fingerprint int64    record layout fingerprint (0 for bytes)
 *  +72  layoutTextLength int32, +76 reserved int32, +80 layoutTextOffset int64
 *  +88..127 reserved
 *
 * Layout texts: UTF-8 record layout descriptions, after the table. headerSize rounds the
 * table and texts up to a multiple of 64; the first control block starts there.
 *
 * Slot control block (64 bytes) followed by bufferCount buffers of bufferStride bytes
 *  +0   latestSequence int64  0 = nothing published; sequence s lives in buffer s % bufferCount
 *
 * Buffer (64-byte buffer header, then the payload)
 *  +0   seqlock   int64   odd while the writer fills the buffer, even when stable
 *  +8   sequence  int64   publication sequence held by the buffer
 *  +16  length    int32   payload bytes
 *  +20  crc32c    int32   CRC32C (Castagnoli) of the payload bytes
 *  +24  timestamp int64   publish time, nanoseconds since the Unix epoch
 *  +32  writerPid int64
 *  +40..63 reserved
 *  +64  payload[capacity]
 * </pre>
 */
public final class RegionFormat {
    /** Every integer in the file is little-endian, whatever the host order. */
    public static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
    /** Header words are naturally aligned; the mapping is page-aligned. */
    public static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT.withOrder(ORDER);
    /** 64-bit header and buffer words. */
    public static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG.withOrder(ORDER);

    /** "SHMEXRGN" read as a little-endian int64. */
    public static final long MAGIC = 0x4E4752584D48534EL;
    /** The only format version this code writes and reads. */
    public static final int VERSION = 1;

    public static final long MAGIC_OFFSET = 0;
    public static final long VERSION_OFFSET = 8;
    public static final long HEADER_SIZE_OFFSET = 12;
    public static final long FILE_SIZE_OFFSET = 16;
    public static final long SLOT_COUNT_OFFSET = 24;
    public static final long FLAGS_OFFSET = 28;
    public static final long NOTIFY_OFFSET = 32;
    public static final long WAITERS_OFFSET = 36;
    public static final long WRITER_PID_OFFSET = 40;
    public static final long CREATED_OFFSET = 48;
    public static final int FIXED_HEADER_SIZE = 64;

    /** Set in {@code flags} when the file was replaced or deleted by its writer. */
    public static final int FLAG_RETIRED = 1;

    public static final long SLOT_TABLE_OFFSET = 64;
    public static final int SLOT_ENTRY_SIZE = 128;
    public static final int SLOT_NAME_SIZE = 32;
    public static final long SLOT_NAME = 0;
    public static final long SLOT_KIND = 32;
    public static final long SLOT_BUFFER_COUNT = 36;
    public static final long SLOT_CONTROL_OFFSET = 40;
    public static final long SLOT_CAPACITY = 48;
    public static final long SLOT_BUFFER_STRIDE = 56;
    public static final long SLOT_FINGERPRINT = 64;
    public static final long SLOT_LAYOUT_TEXT_LENGTH = 72;
    public static final long SLOT_LAYOUT_TEXT_OFFSET = 80;

    public static final int KIND_BYTES = 1;
    public static final int KIND_RECORD = 2;

    public static final int MAX_SLOTS = 16;
    public static final int MIN_BUFFERS = 2;
    public static final int MAX_BUFFERS = 8;
    public static final int MAX_LAYOUT_TEXT = 4096;
    /** Payload lengths are int32 on the wire, so a buffer holds less than 2 GiB. */
    public static final long MAX_CAPACITY = Integer.MAX_VALUE - 64;

    public static final int CONTROL_SIZE = 64;
    public static final long CONTROL_LATEST_SEQUENCE = 0;

    public static final int BUFFER_HEADER_SIZE = 64;
    public static final long BUFFER_SEQLOCK = 0;
    public static final long BUFFER_SEQUENCE = 8;
    public static final long BUFFER_LENGTH = 16;
    public static final long BUFFER_CRC = 20;
    public static final long BUFFER_TIMESTAMP = 24;
    public static final long BUFFER_WRITER_PID = 32;

    /** Cache-line alignment keeps one slot's writes off another slot's lines. */
    public static final int ALIGNMENT = 64;

    /** Acquire/release access to 64-bit words: {@code (MemorySegment, long offset)}. */
    public static final VarHandle LONG_HANDLE = LONG.varHandle();
    /** Acquire/release/atomic access to 32-bit words: {@code (MemorySegment, long offset)}. */
    public static final VarHandle INT_HANDLE = INT.varHandle();

    private RegionFormat() {
    }

    /**
     * Rounds up to the format's 64-byte alignment.
     *
     * @param value a non-negative size or offset
     * @return the smallest multiple of 64 not below {@code value}
     */
    public static long align(long value) {
        return (value + ALIGNMENT - 1) & -ALIGNMENT;
    }

    /**
     * Distance between two buffers of a slot.
     *
     * @param capacity payload capacity of one buffer
     * @return the 64-aligned stride for that capacity
     */
    public static long bufferStride(long capacity) {
        return align(BUFFER_HEADER_SIZE + capacity);
    }

    /**
     * Bytes one slot occupies: its control block and all its buffers.
     *
     * @param capacity payload capacity of one buffer
     * @param bufferCount number of buffers
     * @return the slot's footprint in the file
     */
    public static long slotFootprint(long capacity, int bufferCount) {
        return CONTROL_SIZE + bufferCount * bufferStride(capacity);
    }
}
