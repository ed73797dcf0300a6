package io.shmex.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shmex.error.WriterActiveException;
import io.shmex.record.TestData;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer JVM, this JVM reading: real processes on a real mapped file. The publication count
 * is reduced for CI; {@code -Dshmex.stress.count=20000} (profile {@code stress}) runs long.
 */
@Timeout(180)
class CrossProcessTest {
    private static final int COUNT = Integer.getInteger("shmex.stress.count", 400);
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void concurrentReaderNeverAcceptsATornPayloadOrRecord() throws Exception {
        Path file = dir.resolve("stress.shm");
        try (ChildJvm writer = ChildJvm.start(PublisherMain.class, file.toString(), String.valueOf(COUNT),
                String.valueOf(MAX_BYTES), "0")) {
            writer.awaitLine("READY", 60);
            try (Region region = Region.openWhenReady(RegionPath.of(file), Duration.ofSeconds(30))) {
                BytesSlot image = region.bytes(RegionSpec.IMAGE_SLOT);
                RecordSlot<TestData> record = region.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
                long payloads = 0;
                long torn = 0;
                long records = 0;
                long tornRecords = 0;
                long lastSequence = 0;
                long distinct = 0;
                while (true) {
                    Publication p = image.readLatest();
                    if (p != null) {
                        payloads++;
                        if (!StressPayload.valid(p.payload())) {
                            torn++;
                        }
                        assertThat(p.sequence()).isGreaterThanOrEqualTo(lastSequence);
                        if (p.sequence() != lastSequence) {
                            distinct++;
                        }
                        lastSequence = p.sequence();
                    }
                    RecordPublication<TestData> r = record.readLatest();
                    if (r != null) {
                        records++;
                        if (!PublisherMain.consistent(r.value())) {
                            tornRecords++;
                        }
                    }
                    if (lastSequence == COUNT) {
                        break;
                    }
                    if (p == null || p.sequence() == lastSequence) {
                        image.awaitNewerThan(lastSequence, Duration.ofMillis(200));
                    }
                }
                assertThat(torn).as("torn payloads accepted").isZero();
                assertThat(tornRecords).as("torn records accepted").isZero();
                assertThat(payloads).isPositive();
                assertThat(records).isPositive();
                assertThat(distinct).as("distinct publications seen").isGreaterThan(1);
                assertThat(StressPayload.valid(image.readLatest().payload())).isTrue();
                assertThat(record.readLatest().value().id()).isEqualTo(COUNT);
                System.out.printf("cross-process: %d reads (%d distinct) of %d publications, %d record reads,"
                        + " torn=%d%n", payloads, distinct, COUNT, records, torn + tornRecords);
            }
            assertThat(writer.waitFor(60)).isZero();
        }
    }

    /**
     * Two buffers and small payloads published in a tight loop, read in a tight loop: the writer
     * laps the reader mid-copy again and again, so the seqlock's retry path really runs.
     */
    @Test
    void aReaderLappedByTheWriterRetriesAndStillNeverAcceptsATornPayload() throws Exception {
        Path file = dir.resolve("lapped.shm");
        int count = COUNT * 50;
        try (ChildJvm writer = ChildJvm.start(PublisherMain.class, file.toString(), String.valueOf(count),
                "8192", "0", "2")) {
            writer.awaitLine("READY", 60);
            try (Region region = Region.openWhenReady(RegionPath.of(file), Duration.ofSeconds(30))) {
                BytesSlot image = region.bytes(RegionSpec.IMAGE_SLOT);
                RecordSlot<TestData> record = region.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
                long reads = 0;
                long torn = 0;
                while (image.latestSequence() < count) {
                    Publication p = image.readLatest();
                    RecordPublication<TestData> r = record.readLatest();
                    if (p != null) {
                        reads++;
                        torn += StressPayload.valid(p.payload()) ? 0 : 1;
                    }
                    if (r != null && !PublisherMain.consistent(r.value())) {
                        torn++;
                    }
                }
                assertThat(torn).as("torn payloads or records accepted").isZero();
                assertThat(reads).isPositive();
                System.out.printf("lapped reader: %d reads during %d publications, torn=%d%n", reads, count, torn);
            }
            assertThat(writer.waitFor(60)).isZero();
        }
    }

    @Test
    void secondWriterProcessIsRefusedWithThePidOfTheFirst() throws Exception {
        Path file = dir.resolve("one-writer.shm");
        try (ChildJvm first = ChildJvm.start(PublisherMain.class, file.toString(), "1", "1024", "60")) {
            first.awaitLine("DONE", 60);
            assertThatThrownBy(() -> Region.createOrOpen(RegionPath.of(file), RegionSpec.defaults(1024)))
                    .isInstanceOf(WriterActiveException.class)
                    .hasMessageContaining("writer already active (pid " + first.pid() + ")")
                    .hasMessageContaining(file.toString());
            try (ChildJvm second = ChildJvm.start(PublisherMain.class, file.toString(), "1", "1024", "0")) {
                assertThat(second.awaitLine("Exception", 60)).contains("WriterActiveException")
                        .contains("pid " + first.pid());
                assertThat(second.waitFor(60)).isNotZero();
            }
        }
    }

    @Test
    void readerKeepsTheLastCompletePublicationWhenTheWriterIsKilledMidStream() throws Exception {
        Path file = dir.resolve("killed.shm");
        try (ChildJvm writer = ChildJvm.start(PublisherMain.class, file.toString(), "-1",
                String.valueOf(MAX_BYTES), "0")) {
            writer.awaitLine("FIRST", 60);
            try (Region region = Region.open(RegionPath.of(file))) {
                BytesSlot image = region.bytes(RegionSpec.IMAGE_SLOT);
                assertThat(region.writerStatus().running()).isTrue();
                assertThat(region.writerStatus().pid()).isEqualTo(writer.pid());
                long before = image.latestSequence();
                image.awaitNewerThan(before + 5, Duration.ofSeconds(10));
                writer.kill();

                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (region.writerStatus().running() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(region.writerStatus().running()).isFalse();
                assertThat(region.writerStatus().describe()).isEqualTo("writer not running");
                Publication last = image.readLatest();
                assertThat(last).isNotNull();
                assertThat(StressPayload.valid(last.payload())).isTrue();
                assertThat(last.writerPid()).isEqualTo(writer.pid());
                assertThat(PublisherMain.consistent(
                        region.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest().value())).isTrue();
                // Nothing new arrives, and waiting for it ends by timeout rather than hanging.
                long seq = image.latestSequence();
                assertThat(image.awaitNewerThan(seq, Duration.ofMillis(300))).isEqualTo(seq);
            }
            // A new writer can take over the region the dead one left, and publish again.
            try (Region region = Region.createOrOpen(RegionPath.of(file), RegionSpec.defaults(MAX_BYTES))) {
                long seq = region.bytes(RegionSpec.IMAGE_SLOT).latestSequence();
                assertThat(region.bytes(RegionSpec.IMAGE_SLOT).publish(StressPayload.make(7, 100))).isEqualTo(seq + 1);
            }
        }
    }
}
