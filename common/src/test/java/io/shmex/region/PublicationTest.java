package io.shmex.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shmex.codec.ImagePayload;
import io.shmex.codec.ImagePayloadCodec;
import io.shmex.error.CorruptPayloadException;
import io.shmex.error.MalformedPayloadException;
import io.shmex.error.NotWriterException;
import io.shmex.error.PayloadTooLargeException;
import io.shmex.record.TestData;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationTest {
    private static final long CAPACITY = 64 * 1024;

    @TempDir
    Path dir;

    private RegionPath path;
    private Region writer;
    private Region reader;

    @BeforeEach
    void open() {
        path = RegionPath.of(dir.resolve("pub.shm"));
        writer = Region.create(path, RegionSpec.defaults(CAPACITY));
        reader = Region.open(path);
    }

    @AfterEach
    void close() {
        reader.close();
        writer.close();
    }

    @Test
    void nothingPublishedReadsAsNull() {
        assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest()).isNull();
        assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).latestSequence()).isZero();
        assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest()).isNull();
    }

    @Test
    void theOriginalImagePayloadRoundTripsWithMetadata() throws IOException {
        byte[] png = io.shmex.SharedVectors.read("red-1x1.png");
        byte[] expected = io.shmex.SharedVectors.read("imagedata-ascii.bin");
        String imagePath = "C:\\Users\\demo\\Pictures\\red.png";
        long before = System.currentTimeMillis();
        long seq = writer.bytes(RegionSpec.IMAGE_SLOT).publish(ImagePayloadCodec.encodedLength(imagePath, png.length),
                target -> ImagePayloadCodec.encode(imagePath, png, target));
        Publication p = reader.bytes(RegionSpec.IMAGE_SLOT).readLatest();
        assertThat(seq).isEqualTo(1);
        assertThat(p.sequence()).isEqualTo(1);
        assertThat(p.payload()).as("byte-exact original layout").isEqualTo(expected);
        assertThat(p.writerPid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(p.timestamp().toEpochMilli()).isBetween(before - 5, System.currentTimeMillis() + 5);
        ImagePayload decoded = ImagePayloadCodec.decode(p.payload());
        assertThat(decoded.path()).isEqualTo(imagePath);
        assertThat(decoded.image()).isEqualTo(png);
    }

    @Test
    void imageAndRecordNeverDisturbEachOther() {
        BytesSlot image = writer.bytes(RegionSpec.IMAGE_SLOT);
        RecordSlot<TestData> record = writer.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
        byte[] big = new byte[(int) CAPACITY];
        Arrays.fill(big, (byte) 0x7f);
        image.publish(big);
        record.publish(TestData.sample());
        image.publish(big);
        assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest().value())
                .isEqualTo(TestData.sample());
        record.publish(new TestData(1, 2, new int[10]));
        assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload()).isEqualTo(big);
        assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).latestSequence()).isEqualTo(2);
        assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).latestSequence()).isEqualTo(2);
    }

    @Test
    void sequencesIncreaseAndEachReadCopiesOnlyThePayloadLength() {
        BytesSlot image = writer.bytes(RegionSpec.IMAGE_SLOT);
        for (int i = 1; i <= 10; i++) {
            byte[] payload = new byte[i * 100];
            Arrays.fill(payload, (byte) i);
            assertThat(image.publish(payload)).isEqualTo(i);
            Publication p = reader.bytes(RegionSpec.IMAGE_SLOT).readLatest();
            assertThat(p.sequence()).isEqualTo(i);
            assertThat(p.length()).isEqualTo(i * 100);
            assertThat(p.payload()).containsOnly((byte) i);
        }
    }

    @Test
    void tooLargeIsRefusedBeforeAnyByteChanges() {
        BytesSlot image = writer.bytes(RegionSpec.IMAGE_SLOT);
        image.publish(new byte[] {1, 2, 3});
        assertThatThrownBy(() -> image.publish(new byte[(int) CAPACITY + 1]))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessageContaining("payload too large: length=" + (CAPACITY + 1) + " capacity=" + CAPACITY)
                .hasMessageContaining("region=" + path)
                .hasMessageContaining("slot=image");
        assertThatThrownBy(() -> image.publish(CAPACITY + 1, target -> { }))
                .isInstanceOf(PayloadTooLargeException.class);
        assertThatThrownBy(() -> image.publish(-1, target -> { }))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("length=-1");
        assertThatThrownBy(() -> image.publish(new byte[4], 2, 3))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("arrayLength=4");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> image.publish(new byte[(int) CAPACITY * 2]))
                    .isInstanceOf(PayloadTooLargeException.class);
        }
        Publication p = reader.bytes(RegionSpec.IMAGE_SLOT).readLatest();
        assertThat(p.sequence()).isEqualTo(1);
        assertThat(p.payload()).containsExactly(1, 2, 3);
    }

    @Test
    void aFailingEncoderPublishesNothing() {
        BytesSlot image = writer.bytes(RegionSpec.IMAGE_SLOT);
        image.publish(new byte[] {4, 5});
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> image.publish(100, target -> {
                target.fill((byte) 0x55);
                throw new MalformedPayloadException("encoder failed halfway");
            })).isInstanceOf(MalformedPayloadException.class);
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload()).containsExactly(4, 5);
        }
        assertThat(image.publish(new byte[] {6})).isEqualTo(2);
        assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload()).containsExactly(6);
    }

    @Test
    void anInvalidRecordLeavesThePreviousOne() {
        RecordSlot<TestData> record = writer.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
        record.publish(TestData.sample());
        assertThatThrownBy(() -> record.publish(null)).isInstanceOf(io.shmex.error.ShmexException.class);
        assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest().value())
                .isEqualTo(TestData.sample());
        assertThat(record.latestSequence()).isEqualTo(1);
    }

    @Test
    void readersCannotPublish() {
        assertThatThrownBy(() -> reader.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[1]))
                .isInstanceOf(NotWriterException.class);
        assertThatThrownBy(() -> reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).publish(TestData.sample()))
                .isInstanceOf(NotWriterException.class);
    }

    @Test
    void corruptedBytesInTheMappingAreDetectedByTheChecksum() throws IOException {
        writer.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {1, 2, 3, 4});
        RegionHeader.SlotLayout slot = RegionHeader.plan(RegionSpec.defaults(CAPACITY)).slots().get(0);
        long payloadAt = slot.bufferOffset(1) + io.shmex.format.RegionFormat.BUFFER_HEADER_SIZE;
        try (FileChannel ch = FileChannel.open(path.file(), StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {9}), payloadAt + 2);
        }
        assertThatThrownBy(() -> reader.bytes(RegionSpec.IMAGE_SLOT).readLatest())
                .isInstanceOf(CorruptPayloadException.class)
                .hasMessageContaining("checksum mismatch")
                .hasMessageContaining("sequence=1");
    }

    @Test
    void allocationFreeReadIntoACallerSegment() {
        writer.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {7, 8, 9});
        PublicationInfo info = new PublicationInfo();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(CAPACITY);
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest(dst, info)).isTrue();
            assertThat(info.length()).isEqualTo(3);
            assertThat(info.sequence()).isEqualTo(1);
            assertThat(dst.asSlice(0, 3).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)).containsExactly(7, 8, 9);
            MemorySegment small = arena.allocate(2);
            assertThatThrownBy(() -> reader.bytes(RegionSpec.IMAGE_SLOT).readLatest(small, info))
                    .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("destination");
        }
        PublicationInfo recordInfo = new PublicationInfo();
        writer.record(RegionSpec.RECORD_SLOT, TestData.CODEC).publish(TestData.sample());
        assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest(recordInfo))
                .isEqualTo(TestData.sample());
        assertThat(recordInfo.length()).isEqualTo(48);
    }

    @Test
    void waitingReadersWakeOnPublicationAndTimeOutOtherwise() throws Exception {
        BytesSlot image = reader.bytes(RegionSpec.IMAGE_SLOT);
        long start = System.nanoTime();
        assertThat(image.awaitNewerThan(0, Duration.ofMillis(150))).isZero();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(140));

        CompletableFuture<Long> waiter = CompletableFuture.supplyAsync(
                () -> image.awaitNewerThan(0, Duration.ofSeconds(10)));
        Thread.sleep(100);
        assertThat(waiter).isNotDone();
        writer.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {1});
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo(1);

        int seen = reader.changeCount();
        CompletableFuture<Integer> any = CompletableFuture.supplyAsync(
                () -> reader.awaitChange(seen, Duration.ofSeconds(10)));
        Thread.sleep(50);
        writer.record(RegionSpec.RECORD_SLOT, TestData.CODEC).publish(TestData.sample());
        assertThat(any.get(5, TimeUnit.SECONDS)).isNotEqualTo(seen);
    }

    @Test
    void usesTheFutexOnLinux() {
        if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            assertThat(reader.usesFutex()).isTrue();
        }
    }
}
