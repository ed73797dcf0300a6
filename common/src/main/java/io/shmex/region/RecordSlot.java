package io.shmex.region;

import io.shmex.error.NotWriterException;
import io.shmex.record.RecordCodec;
import java.lang.foreign.MemorySegment;
import java.time.Duration;

/**
 * A slot holding one fixed-layout record. The codec's layout fingerprint was checked against the
 * one stored in the region when this view was made.
 *
 * <p>Thread-safe. Publishing encodes straight into the shared buffer; reading decodes from a
 * private scratch copy, so the only allocation is the decoded record.
 *
 * @param <R> the record type
 */
public final class RecordSlot<R extends Record> {
    private final Region region;
    private final SlotSpec spec;
    private final SlotBuffers buffers;
    private final RecordCodec<R> codec;
    private final MemorySegment scratch;
    private final PublicationInfo scratchInfo = new PublicationInfo();

    RecordSlot(Region region, SlotSpec spec, SlotBuffers buffers, RecordCodec<R> codec) {
        this.region = region;
        this.spec = spec;
        this.buffers = buffers;
        this.codec = codec;
        this.scratch = MemorySegment.ofArray(new byte[(int) codec.byteSize()]);
    }

    /** @return the slot's name */
    public String name() {
        return spec.name();
    }

    /** @return the codec this view reads and writes with */
    public RecordCodec<R> codec() {
        return codec;
    }

    /**
     * Publishes a record. Validation failures (e.g. a wrong array length) leave the slot as it was.
     *
     * @param value the record
     * @return the new publication's sequence
     */
    public long publish(R value) {
        if (!region.isWriter()) {
            throw new NotWriterException(buffers.where());
        }
        region.ensureOpen();
        try {
            long at = buffers.begin(codec.byteSize());
            try {
                codec.encode(value, buffers.segment(), at);
            } catch (RuntimeException | Error e) {
                buffers.abort();
                throw e;
            }
            return buffers.commit();
        } catch (IllegalStateException e) {
            throw region.closedOr(e);
        }
    }

    /**
     * Reads and decodes the latest complete record.
     *
     * @return the publication, or null if nothing was published yet
     */
    public RecordPublication<R> readLatest() {
        return region.guard(() -> {
            synchronized (scratch) {
                if (!buffers.readInto(scratch, scratchInfo)) {
                    return null;
                }
                R value = codec.decode(scratch, 0);
                return new RecordPublication<>(scratchInfo.sequence(), value, scratchInfo.timestampEpochNanos(),
                        scratchInfo.writerPid());
            }
        });
    }

    /**
     * Reads the latest record with metadata into {@code info}; the record is the only allocation.
     *
     * @param info receives sequence, timestamp and writer pid
     * @return the record, or null if nothing was published yet
     */
    public R readLatest(PublicationInfo info) {
        region.ensureOpen();
        try {
            synchronized (scratch) {
                return buffers.readInto(scratch, info) ? codec.decode(scratch, 0) : null;
            }
        } catch (IllegalStateException e) {
            throw region.closedOr(e);
        }
    }

    /** @return the latest published sequence, 0 if none */
    public long latestSequence() {
        return region.latestSequence(buffers);
    }

    /**
     * Waits until a record newer than {@code sequence} is published.
     *
     * @param sequence the last sequence the caller has seen
     * @param timeout the most to wait
     * @return the latest sequence; equal to {@code sequence} if the wait timed out
     */
    public long awaitNewerThan(long sequence, Duration timeout) {
        return region.awaitSequence(buffers, sequence, timeout);
    }

    @Override
    public String toString() {
        return "RecordSlot[" + buffers.where() + ", layout=" + codec.describe() + "]";
    }
}
