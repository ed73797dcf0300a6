package io.shmex.reader.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.codec.ImagePayloadCodec;
import io.shmex.reader.FxTestSupport;
import io.shmex.reader.ManualUi;
import io.shmex.reader.OtherRecord;
import io.shmex.reader.TestImages;
import io.shmex.record.RecordCodec;
import io.shmex.record.TestData;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's state machine and commands, against an in-process writer, without a window. */
class ReaderModelTest {
    @TempDir
    Path tmp;

    private final ManualUi ui = new ManualUi();
    private final AtomicLong clock = new AtomicLong(-1);
    private ReaderModel model;
    private Region writer;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        if (writer != null) {
            writer.close();
        }
    }

    private RegionPath path() {
        return RegionPath.of(tmp.resolve("r.shm"));
    }

    private ReaderModel start(long maxPixels) {
        model = new ReaderModel(path(), maxPixels, ui,
                () -> clock.get() >= 0 ? clock.get() : ReaderModel.nowEpochNanos());
        model.start();
        return model;
    }

    private ReaderModel start() {
        return start(ImageLoader.DEFAULT_MAX_PIXELS);
    }

    private long publishImage(String path, byte[] image) {
        return writer.bytes(RegionSpec.IMAGE_SLOT).publish(ImagePayloadCodec.encode(path, image));
    }

    private void read() {
        model.read().join();
    }

    @Test
    void waitsForTheRegionThenConnectsByItself() {
        start();
        ui.drain();
        assertThat(model.stateProperty().get()).isEqualTo(ConnectionState.WAITING);
        assertThat(model.statusTextProperty().get()).isEqualTo("Waiting for a writer on r.shm…");

        writer = Region.create(path(), RegionSpec.defaults());

        ui.until("connected", () -> model.stateProperty().get() == ConnectionState.CONNECTED);
        assertThat(model.writerStatusProperty().get())
                .isEqualTo("writer running (pid " + ProcessHandle.current().pid() + ")");
        assertThat(model.statusTextProperty().get()).isEqualTo("Connected to r.shm");
    }

    @Test
    void readShowsTheImageWithItsDetails() {
        writer = Region.create(path(), RegionSpec.defaults());
        byte[] png = TestImages.quadrantPng();
        publishImage("/pictures/quadrants.png", png);
        start();
        ui.until("connected", () -> model.stateProperty().get() == ConnectionState.CONNECTED);

        read();
        ui.until("image", () -> model.imageProperty().get() != null);

        assertThat(model.pathProperty().get()).isEqualTo("/pictures/quadrants.png");
        assertThat(model.payloadSizeProperty().get()).isEqualTo(png.length);
        assertThat(model.dimensionsProperty().get()).isEqualTo("4 × 4");
        assertThat(model.sequenceProperty().get()).isEqualTo(1);
        assertThat(model.messageProperty().get()).isNull();
        assertThat(model.imageProperty().get().getPixelReader().getArgb(3, 0)).isEqualTo(TestImages.GREEN);
    }

    @Test
    void latencyIsTheTimeFromPublishingToShowing() {
        writer = Region.create(path(), RegionSpec.defaults());
        publishImage("a.png", TestImages.quadrantPng());
        long published = writer.bytes(RegionSpec.IMAGE_SLOT).readLatest().timestampEpochNanos();
        clock.set(published + 3_200_000);
        start();

        read();
        ui.until("image", () -> model.imageProperty().get() != null);

        assertThat(model.latencyMillisProperty().get()).isEqualTo(3.2);
        assertThat(ReaderModel.formatLatency(model.latencyMillisProperty().get())).isEqualTo("3.20 ms");
    }

    @Test
    void formatsLatencies() {
        assertThat(ReaderModel.latencyMillis(1_000_000_000L, 1_012_345_678L)).isEqualTo(12.345678);
        assertThat(ReaderModel.latencyMillis(2_000, 1_000)).isZero();
        assertThat(ReaderModel.formatLatency(Double.NaN)).isEqualTo("—");
        assertThat(ReaderModel.formatLatency(0.42)).isEqualTo("0.42 ms");
        assertThat(ReaderModel.formatLatency(12.34)).isEqualTo("12.3 ms");
        assertThat(ReaderModel.formatLatency(4_100)).isEqualTo("4.1 s");
        assertThat(ReaderModel.formatLatency(200_000)).isEqualTo("3 min 20 s");
    }

    @Test
    void writerGoneKeepsTheLastImage() {
        writer = Region.create(path(), RegionSpec.defaults());
        publishImage("a.png", TestImages.quadrantPng());
        start();
        read();
        ui.until("image", () -> model.imageProperty().get() != null);

        writer.close();
        writer = null;

        ui.until("writer gone", () -> model.stateProperty().get() == ConnectionState.WRITER_GONE);
        assertThat(model.writerStatusProperty().get()).isEqualTo("writer not running");
        assertThat(model.statusTextProperty().get()).contains("Writer not running");
        assertThat(model.imageProperty().get()).isNotNull();
        assertThat(model.pathProperty().get()).isEqualTo("a.png");
    }

    @Test
    void followShowsEachNewPublicationAndRecord() {
        writer = Region.create(path(), RegionSpec.defaults());
        start();
        model.followModeProperty().set(true);
        ui.until("connected", () -> model.stateProperty().get() == ConnectionState.CONNECTED);

        publishImage("first.png", TestImages.quadrantPng());
        ui.until("first", () -> "first.png".equals(model.pathProperty().get()));
        publishImage("second.png", TestImages.solidPng(8, 6, Color.ORANGE));
        ui.until("second", () -> "second.png".equals(model.pathProperty().get()));
        assertThat(model.dimensionsProperty().get()).isEqualTo("8 × 6");

        TestData data = new TestData(7, 33, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        writer.record(RegionSpec.RECORD_SLOT, TestData.CODEC).publish(data);
        ui.until("record", () -> data.equals(model.testDataProperty().get()));
        assertThat(model.recordSequenceProperty().get()).isEqualTo(1);
    }

    @Test
    void followCoalescesPublicationsFasterThanTheUi() {
        writer = Region.create(path(), RegionSpec.defaults());
        start();
        model.followModeProperty().set(true);
        ui.until("connected", () -> model.stateProperty().get() == ConnectionState.CONNECTED);
        AtomicInteger shown = new AtomicInteger();
        model.sequenceProperty().addListener((obs, old, seq) -> shown.incrementAndGet());
        byte[] png = TestImages.quadrantPng();

        int maxQueued = 0;
        for (int i = 1; i <= 300; i++) {
            publishImage("img-" + i + ".png", png);
            maxQueued = Math.max(maxQueued, ui.pending());
        }
        ui.until("last image", () -> model.sequenceProperty().get() == 300);

        // One pending update per kind at most (connection, image, record), however fast the writer.
        assertThat(maxQueued).isLessThanOrEqualTo(3);
        assertThat(shown.get()).isLessThan(300);
        assertThat(model.pathProperty().get()).isEqualTo("img-300.png");
    }

    @Test
    void reopensWhenTheWriterRecreatesTheRegionLarger() {
        writer = Region.create(path(), RegionSpec.defaults(1 << 20));
        publishImage("small.png", TestImages.quadrantPng());
        start();
        model.followModeProperty().set(true);
        ui.until("first image", () -> "small.png".equals(model.pathProperty().get()));

        writer = writer.recreate(RegionSpec.defaults(4 << 20));
        publishImage("after-resize.png", TestImages.solidPng(16, 16, Color.CYAN));

        ui.until("image from the new region", () -> "after-resize.png".equals(model.pathProperty().get()));
        assertThat(model.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void nonImageBytesGiveAPlainMessage() {
        writer = Region.create(path(), RegionSpec.defaults());
        publishImage("/tmp/notes.txt", "just some text".getBytes(StandardCharsets.UTF_8));
        start();

        read();
        ui.until("message", () -> model.messageProperty().get() != null);

        assertThat(model.messageProperty().get())
                .isEqualTo("The published data is not an image (path: /tmp/notes.txt, 14 bytes).");
        assertThat(model.imageProperty().get()).isNull();
        assertThat(model.sequenceProperty().get()).isEqualTo(1);
    }

    @Test
    void imagesOverThePixelLimitAreRefused() {
        writer = Region.create(path(), RegionSpec.defaults());
        publishImage("q.png", TestImages.quadrantPng());
        start(10);

        read();
        ui.until("message", () -> model.messageProperty().get() != null);

        assertThat(model.messageProperty().get()).startsWith("The image is too large to show: 4 × 4 pixels");
        assertThat(model.imageProperty().get()).isNull();
    }

    @Test
    void aNewerGoodImageClearsTheMessage() {
        writer = Region.create(path(), RegionSpec.defaults());
        publishImage("bad.bin", new byte[] {1, 2, 3});
        start();
        read();
        ui.until("message", () -> model.messageProperty().get() != null);

        publishImage("good.png", TestImages.quadrantPng());
        read();
        ui.until("image", () -> model.imageProperty().get() != null);

        assertThat(model.messageProperty().get()).isNull();
    }

    @Test
    void recordLayoutMismatchIsReportedInPlainWords() {
        RegionSpec foreign = RegionSpec.builder().bytes(RegionSpec.IMAGE_SLOT, 1 << 20)
                .record(RegionSpec.RECORD_SLOT, RecordCodec.of(OtherRecord.class)).build();
        writer = Region.create(path(), foreign);
        writer.record(RegionSpec.RECORD_SLOT, RecordCodec.of(OtherRecord.class)).publish(new OtherRecord(1, 2.5));
        start();

        StructFetch fetch = model.readStruct().join();
        ui.until("struct message", () -> model.structMessageProperty().get() != null);

        assertThat(fetch.ok()).isFalse();
        assertThat(model.structMessageProperty().get())
                .startsWith("The record in this region has a different layout than TestData")
                .contains(TestData.CODEC.describe());
        assertThat(model.testDataProperty().get()).isNull();
        assertThat(model.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aCorruptRegionIsAnErrorUntilAWriterReplacesIt() throws Exception {
        Files.write(tmp.resolve("r.shm"), "this is not a shmex region, just text".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        start();

        ui.until("error", () -> model.stateProperty().get() == ConnectionState.ERROR);
        assertThat(model.statusTextProperty().get()).contains("is not a shmex region or is damaged");
        model.read().join();
        ui.drain();
        assertThat(model.messageProperty().get()).contains("is not a shmex region");

        Files.delete(tmp.resolve("r.shm"));
        writer = Region.create(path(), RegionSpec.defaults());
        ui.until("connected", Duration.ofSeconds(10), () -> model.stateProperty().get() == ConnectionState.CONNECTED);
    }

    @Test
    void readBeforeAnyWriterSaysSoAndShowsNothing() {
        start();

        model.read().join();
        model.readStruct().join();
        ui.until("message", () -> model.messageProperty().get() != null && model.structMessageProperty().get() != null);

        assertThat(model.messageProperty().get()).isEqualTo("No writer has created r.shm yet.");
        assertThat(model.structMessageProperty().get()).isEqualTo("No writer has created r.shm yet.");
        assertThat(model.imageProperty().get()).isNull();

        // Once a writer creates the region, the stale "no writer" text gives way to the truth.
        writer = Region.create(path(), RegionSpec.defaults());
        ui.until("connected", () -> model.stateProperty().get() == ConnectionState.CONNECTED);
        assertThat(model.messageProperty().get()).isEqualTo(ReaderModel.NOTHING_YET);
        assertThat(model.structMessageProperty().get()).isEqualTo(ReaderModel.NOTHING_YET);
    }

    @Test
    void saveWritesTheOriginalBytesUnchanged() throws Exception {
        writer = Region.create(path(), RegionSpec.defaults());
        byte[] jpeg = TestImages.encode(TestImages.quadrants(), "jpg");
        publishImage("photo.jpg", jpeg);
        start();
        read();
        ui.until("image", () -> model.imageProperty().get() != null);

        Path saved = model.save(tmp.resolve("copy.jpg")).join();

        assertThat(Files.readAllBytes(saved)).isEqualTo(jpeg);
        assertThat(model.snapshotProperty().get().fileName()).isEqualTo("photo.jpg");
    }
}
