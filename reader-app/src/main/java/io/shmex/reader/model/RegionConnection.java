package io.shmex.reader.model;

import io.shmex.error.LayoutMismatchException;
import io.shmex.error.ShmexException;
import io.shmex.fx.Messages;
import io.shmex.record.TestData;
import io.shmex.region.BytesSlot;
import io.shmex.region.RecordPublication;
import io.shmex.region.RecordSlot;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import io.shmex.region.WriterStatus;
import java.time.Duration;

/** An open region with the two slots the reader uses, looked up once per opening. */
final class RegionConnection implements AutoCloseable {
    final Region region;
    final BytesSlot image;
    /** Null when the region has no usable record slot; {@link #recordProblem} says why. */
    final RecordSlot<TestData> record;
    final String recordProblem;

    private RegionConnection(Region region) {
        this.region = region;
        this.image = region.bytes(RegionSpec.IMAGE_SLOT);
        RecordSlot<TestData> slot = null;
        String problem = null;
        try {
            slot = region.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
        } catch (LayoutMismatchException e) {
            problem = layoutMismatch(e);
        } catch (ShmexException e) {
            problem = "This region has no TestData record slot.";
        }
        this.record = slot;
        this.recordProblem = problem;
    }

    /**
     * Opens the region, waiting up to {@code wait} for it to appear.
     *
     * @throws io.shmex.error.RegionNotFoundException if it did not appear
     * @throws ShmexException if it is not a region with an image slot
     */
    static RegionConnection open(RegionPath path, Duration wait) {
        Region region = Region.openWhenReady(path, wait);
        try {
            return new RegionConnection(region);
        } catch (RuntimeException e) {
            region.close();
            throw e;
        }
    }

    /** The message for a record slot whose layout is not TestData's. */
    static String layoutMismatch(LayoutMismatchException e) {
        return "The record in this region has a different layout than TestData, so it cannot be shown. "
                + "Region: " + e.actual() + ". Expected: " + e.expected() + ".";
    }

    ImageFetch readImage(long maxPixels) {
        try {
            return ImageLoader.load(image.readLatest(), maxPixels, region.path().name());
        } catch (ShmexException e) {
            return new ImageFetch.Refused(0, Messages.describe(e));
        }
    }

    StructFetch readStruct() {
        if (record == null) {
            return StructFetch.problem(recordProblem);
        }
        try {
            RecordPublication<TestData> latest = record.readLatest();
            if (latest == null) {
                return StructFetch.problem("No record has been published on " + region.path().name() + " yet.");
            }
            return new StructFetch(latest.value(), latest.sequence(), latest.timestampEpochNanos(), null);
        } catch (ShmexException e) {
            return StructFetch.problem(Messages.describe(e));
        }
    }

    long latestImageSequence() {
        return image.latestSequence();
    }

    long latestRecordSequence() {
        return record == null ? 0 : record.latestSequence();
    }

    ConnectionStatus status() {
        WriterStatus writer = region.writerStatus();
        String name = region.path().name();
        return writer.running()
                ? new ConnectionStatus(ConnectionState.CONNECTED, "Connected to " + name, writer.describe())
                : new ConnectionStatus(ConnectionState.WRITER_GONE,
                        "Writer not running on " + name + " — showing the last data", writer.describe());
    }

    @Override
    public void close() {
        region.close();
    }
}
