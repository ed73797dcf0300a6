package io.shmex.region;

import io.shmex.error.MalformedPayloadException;
import io.shmex.error.NotWriterException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;

/**
 * A variable-length bytes slot, such as the image. Publishing replaces the latest payload
 * atomically for readers in every process; a payload that does not fit is refused before any
 * byte of the slot changes.
 *
 * <p>Thread-safe. The {@code byte[]} and {@code MemorySegment} publish paths and
 * {@link #readLatest(MemorySegment, PublicationInfo)} allocate nothing.
 */
public final class BytesSlot {
    private final Region region;
    private final SlotSpec spec;
    private final SlotBuffers buffers;

    BytesSlot(Region region, SlotSpec spec, SlotBuffers buffers) {
        this.region = region;
        this.spec = spec;
        this.buffers = buffers;
    }

    /** @return the slot's name */
    public String name() {
        return spec.name();
    }

    /** @return the largest payload this slot takes, in bytes */
    public long capacity() {
        return spec.capacity();
    }

    /** @return the slot as recorded in the region header */
    public SlotSpec spec() {
        return spec;
    }

    /**
     * Publishes a whole array.
     *
     * @param payload the bytes
     * @return the new publication's sequence
     * @throws io.shmex.error.PayloadTooLargeException if it exceeds {@link #capacity()}
     */
    public long publish(byte[] payload) {
        return publish(payload, 0, payload.length);
    }

    /**
     * Publishes part of an array.
     *
     * @param payload the source array
     * @param offset first byte to publish
     * @param length bytes to publish
     * @return the new publication's sequence
     */
    public long publish(byte[] payload, int offset, int length) {
        if (offset < 0 || length < 0 || offset > payload.length - length) {
            throw new MalformedPayloadException("payload range outside the array: offset=" + offset + " length="
                    + length + " arrayLength=" + payload.length + " " + buffers.where());
        }
        checkWriter();
        region.ensureOpen();
        try {
            long at = buffers.begin(length);
            try {
                MemorySegment.copy(payload, offset, buffers.segment(), ValueLayout.JAVA_BYTE, at, length);
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
     * Publishes the bytes of a segment, e.g. a file mapped by the caller.
     *
     * @param payload the bytes
     * @return the new publication's sequence
     */
    public long publish(MemorySegment payload) {
        checkWriter();
        region.ensureOpen();
        try {
            long at = buffers.begin(payload.byteSize());
            try {
                MemorySegment.copy(payload, 0, buffers.segment(), at, payload.byteSize());
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
     * Lets the caller encode straight into the shared buffer. If {@code writer} throws, nothing is
     * published.
     *
     * @param length exact payload length
     * @param writer fills the buffer
     * @return the new publication's sequence
     */
    public long publish(long length, PayloadWriter writer) {
        return region.guard(() -> {
            checkWriter();
            long at = buffers.begin(length);
            try {
                writer.write(buffers.segment().asSlice(at, length));
            } catch (RuntimeException | Error e) {
                buffers.abort();
                throw e;
            }
            return buffers.commit();
        });
    }

    /**
     * Copies the latest complete publication. Copies only its length, never the whole capacity.
     *
     * @return the publication, or null if nothing was published yet
     * @throws io.shmex.error.CorruptPayloadException if its checksum does not match
     */
    public Publication readLatest() {
        return region.guard(buffers::readCopy);
    }

    /**
     * Copies the latest complete publication into {@code destination} without allocating.
     *
     * @param destination receives the payload at offset 0
     * @param info receives the publication's metadata
     * @return false if nothing was published yet
     * @throws io.shmex.error.PayloadTooLargeException if {@code destination} is too small
     */
    public boolean readLatest(MemorySegment destination, PublicationInfo info) {
        region.ensureOpen();
        try {
            return buffers.readInto(destination, info);
        } catch (IllegalStateException e) {
            throw region.closedOr(e);
        }
    }

    /** @return the latest published sequence, 0 if none */
    public long latestSequence() {
        return region.latestSequence(buffers);
    }

    /**
     * Waits until a publication newer than {@code sequence} exists, sleeping (futex on Linux)
     * rather than spinning.
     *
     * @param sequence the last sequence the caller has seen
     * @param timeout the most to wait
     * @return the latest sequence; equal to {@code sequence} if the wait timed out
     */
    public long awaitNewerThan(long sequence, Duration timeout) {
        return region.awaitSequence(buffers, sequence, timeout);
    }

    private void checkWriter() {
        if (!region.isWriter()) {
            throw new NotWriterException(buffers.where());
        }
    }

    @Override
    public String toString() {
        return "BytesSlot[" + buffers.where() + ", capacity=" + spec.capacity() + "]";
    }
}
