package io.shmex.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.AllocationMeter;
import io.shmex.record.TestData;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing and the segment read path allocate nothing once warm; a record read only the record. */
class HotPathAllocationTest {
    @TempDir
    Path dir;

    private final AllocationMeter meter = new AllocationMeter();

    @Test
    void publishAndReadIntoASegmentAllocateNothing() {
        try (Region writer = Region.create(RegionPath.of(dir.resolve("alloc.shm")), RegionSpec.defaults(64 * 1024));
                Region reader = Region.open(writer.path());
                Arena arena = Arena.ofConfined()) {
            BytesSlot out = writer.bytes(RegionSpec.IMAGE_SLOT);
            BytesSlot in = reader.bytes(RegionSpec.IMAGE_SLOT);
            RecordSlot<TestData> records = writer.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
            byte[] payload = new byte[4096];
            MemorySegment source = arena.allocate(4096);
            MemorySegment copy = arena.allocate(64 * 1024);
            PublicationInfo info = new PublicationInfo();
            TestData sample = TestData.sample();

            assertThat(meter.bytesPerCall(() -> out.publish(payload))).isLessThan(1.0);
            assertThat(meter.bytesPerCall(() -> out.publish(source))).isLessThan(1.0);
            assertThat(meter.bytesPerCall(() -> in.readLatest(copy, info))).isLessThan(1.0);
            assertThat(meter.bytesPerCall(() -> records.publish(sample))).isLessThan(1.0);
            assertThat(meter.bytesPerCall(in::latestSequence)).isLessThan(1.0);
            assertThat(info.length()).isEqualTo(4096);
        }
    }

    @Test
    void publishingWhileAReaderSleepsOnTheFutexAllocatesNothing() throws Exception {
        try (Region writer = Region.create(RegionPath.of(dir.resolve("wake.shm")), RegionSpec.defaults(4096));
                Region reader = Region.open(writer.path())) {
            BytesSlot out = writer.bytes(RegionSpec.IMAGE_SLOT);
            BytesSlot in = reader.bytes(RegionSpec.IMAGE_SLOT);
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            Thread follower = Thread.ofPlatform().daemon().start(() -> {
                while (!stop.get()) {
                    in.awaitNewerThan(in.latestSequence(), java.time.Duration.ofSeconds(1));
                }
            });
            try {
                byte[] payload = new byte[64];
                // Publishing takes the wake path whenever the follower is asleep, as a live reader is.
                assertThat(meter.bytesPerCall(() -> out.publish(payload))).isLessThan(1.0);
            } finally {
                stop.set(true);
                out.publish(new byte[1]);
                follower.join(5000);
            }
        }
    }

    @Test
    void recordReadAllocatesOnlyTheRecord() {
        try (Region writer = Region.create(RegionPath.of(dir.resolve("rec.shm")), RegionSpec.defaults(1024));
                Region reader = Region.open(writer.path())) {
            writer.record(RegionSpec.RECORD_SLOT, TestData.CODEC).publish(TestData.sample());
            RecordSlot<TestData> in = reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
            PublicationInfo info = new PublicationInfo();
            // TestData plus its decoded array and the constructor's defensive copy, as in the codec test.
            assertThat(meter.bytesPerCall(() -> in.readLatest(info))).isLessThanOrEqualTo(160.0);
        }
    }
}
