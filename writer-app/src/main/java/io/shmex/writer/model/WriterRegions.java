package io.shmex.writer.model;

import io.shmex.codec.ImagePayloadCodec;
import io.shmex.record.TestData;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opening and publishing, shared by the window and the command line. */
public final class WriterRegions {
    private static final Logger LOG = LoggerFactory.getLogger(WriterRegions.class);

    private WriterRegions() {
    }

    /**
     * Becomes the region's writer, creating the region if needed. An existing region keeps its
     * capacity unless {@code exact}, i.e. the user asked for one with {@code --capacity}; then
     * it is recreated with that capacity (readers reopen it by themselves).
     *
     * @param path the region
     * @param capacity image slot capacity for a new region
     * @param exact recreate an existing region whose capacity differs
     * @return the region, as writer
     * @throws io.shmex.error.WriterActiveException if another writer holds it
     */
    public static Region openForWriting(RegionPath path, long capacity, boolean exact) {
        Region region = Region.createOrOpen(path, RegionSpec.defaults(capacity));
        long existing = region.bytes(RegionSpec.IMAGE_SLOT).capacity();
        if (exact && existing != capacity) {
            LOG.info("Recreating region {} with image capacity {} (was {})", path, capacity, existing);
            region = region.recreate(RegionSpec.defaults(capacity));
        }
        return region;
    }

    /**
     * Publishes an image in the original .NET layout, encoding straight into shared memory.
     *
     * @param region the region, as writer
     * @param image what to publish
     * @return what was published
     * @throws io.shmex.error.PayloadTooLargeException if it does not fit; nothing changes then
     */
    public static Publication publishImage(Region region, ImageSelection image) {
        String path = image.path();
        byte[] bytes = image.bytes();
        long length = ImagePayloadCodec.encodedLength(path, bytes.length);
        long start = System.nanoTime();
        long seq = region.bytes(RegionSpec.IMAGE_SLOT).publish(length, target -> ImagePayloadCodec.encode(path, bytes, target));
        long took = System.nanoTime() - start;
        LOG.info("Published image seq={} bytes={} path={} in {} ns", seq, length, path, took);
        return new Publication(RegionSpec.IMAGE_SLOT, seq, length, took, region.path());
    }

    /**
     * Publishes a TestData record.
     *
     * @param region the region, as writer
     * @param data the record
     * @return what was published
     */
    public static Publication publishStruct(Region region, TestData data) {
        long start = System.nanoTime();
        long seq = region.record(RegionSpec.RECORD_SLOT, TestData.CODEC).publish(data);
        long took = System.nanoTime() - start;
        LOG.info("Published struct seq={} {} in {} ns", seq, data, took);
        return new Publication(RegionSpec.RECORD_SLOT, seq, TestData.CODEC.byteSize(), took, region.path());
    }
}
