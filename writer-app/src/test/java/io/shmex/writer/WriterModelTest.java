package io.shmex.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.codec.ImagePayloadCodec;
import io.shmex.record.TestData;
import io.shmex.region.Publication;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import io.shmex.writer.model.ImageSelection;
import io.shmex.writer.model.Status;
import io.shmex.writer.model.WriterModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer's logic without a window: results are applied directly on the calling thread. */
class WriterModelTest {
    @TempDir
    Path dir;
    private RegionPath path;
    private WriterModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        TestImages.startToolkit();
    }

    private WriterModel model(long capacity) throws Exception {
        path = RegionPath.of(dir.resolve("x.shm"));
        model = new WriterModel(path, capacity, false, Runnable::run);
        assertThat(await(model.open())).isTrue();
        return model;
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    static boolean await(CompletableFuture<Boolean> action) throws Exception {
        return action.get(30, TimeUnit.SECONDS);
    }

    @Test
    void opensTheRegionAsWriter() throws Exception {
        model(RegionSpec.DEFAULT_IMAGE_CAPACITY);
        var status = model.regionProperty().get();
        assertThat(status.open()).isTrue();
        assertThat(status.capacity()).isEqualTo(RegionSpec.DEFAULT_IMAGE_CAPACITY);
        assertThat(status.writerPid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(Files.exists(path.file())).isTrue();
        assertThat(model.canPublishImageProperty().get()).as("no image yet").isFalse();
        assertThat(model.canPublishStructProperty().get()).isTrue();
    }

    @Test
    void structFieldsAcceptOnlyInt32() {
        WriterModel m = new WriterModel(RegionPath.of(dir.resolve("y.shm")), 4096, false, Runnable::run);
        model = m;
        var id = m.struct().id();
        assertThat(m.struct().toTestData()).isEqualTo(TestData.sample());
        for (String bad : new String[] {"abc", "2147483648", "-2147483649", "", " ", "1.5", "12a", "0x10"}) {
            id.textProperty().set(bad);
            assertThat(id.validProperty().get()).as(bad).isFalse();
            assertThat(id.errorProperty().get()).as(bad).isNotBlank();
            assertThat(m.struct().validProperty().get()).as(bad).isFalse();
        }
        assertThat(id.errorProperty().get()).isEqualTo("\"0x10\" is not a whole number.");
        id.textProperty().set("2147483648");
        assertThat(id.errorProperty().get()).startsWith("Out of range");
        for (String good : new String[] {"2147483647", "-2147483648", "0", " 42 ", "+7"}) {
            id.textProperty().set(good);
            assertThat(id.validProperty().get()).as(good).isTrue();
            assertThat(id.errorProperty().get()).isNull();
        }
        m.struct().scores().get(9).textProperty().set("x");
        assertThat(m.struct().invalidFields()).extracting(f -> f.label()).containsExactly("Scores[9]");
        m.struct().set(TestData.sample());
        assertThat(m.struct().validProperty().get()).isTrue();
    }

    @Test
    void invalidStructIsNotPublished() throws Exception {
        model(4096);
        model.struct().age().textProperty().set("abc");
        assertThat(model.canPublishStructProperty().get()).isFalse();
        assertThat(await(model.publishStruct())).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(Status.error("Fix Age first: \"abc\" is not a whole number."));
        try (Region reader = Region.open(path)) {
            assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).latestSequence()).isZero();
        }
    }

    @Test
    void publishesImageInTheOriginalLayout() throws Exception {
        model(RegionSpec.DEFAULT_IMAGE_CAPACITY);
        byte[] png = TestImages.png(64, 40);
        Path file = TestImages.write(dir, "pic.png", png);
        assertThat(await(model.loadImage(file))).isTrue();
        ImageSelection image = model.imageProperty().get();
        assertThat(image.path()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(image.width()).isEqualTo(64);
        assertThat(image.height()).isEqualTo(40);
        assertThat(image.format()).isEqualTo("PNG");
        assertThat(model.canPublishImageProperty().get()).isTrue();

        assertThat(await(model.publishImage())).isTrue();
        var done = model.lastPublicationProperty().get();
        assertThat(done.sequence()).isEqualTo(1);
        assertThat(done.bytes()).isEqualTo(ImagePayloadCodec.encodedLength(image.path(), png.length));
        assertThat(done.nanos()).isPositive();
        assertThat(done.summary()).startsWith("seq=1 · ").endsWith(" · region " + path.file());
        assertThat(model.lastImageProperty().get()).isEqualTo(done);
        assertThat(model.statusProperty().get().kind()).isEqualTo(Status.Kind.SUCCESS);
        try (Region reader = Region.open(path)) {
            Publication latest = reader.bytes(RegionSpec.IMAGE_SLOT).readLatest();
            assertThat(latest.payload()).isEqualTo(ImagePayloadCodec.encode(file.toAbsolutePath().toString(), png));
        }
        assertThat(await(model.publishImage())).isTrue();
        assertThat(model.lastPublicationProperty().get().sequence()).isEqualTo(2);
    }

    @Test
    void publishesStruct() throws Exception {
        model(4096);
        model.struct().id().textProperty().set("-5");
        model.struct().scores().get(3).textProperty().set("2147483647");
        assertThat(await(model.publishStruct())).isTrue();
        int[] scores = TestData.sample().scores();
        scores[3] = Integer.MAX_VALUE;
        TestData expected = new TestData(-5, 20, scores);
        assertThat(model.lastStructValueProperty().get()).isEqualTo(expected);
        assertThat(model.lastStructProperty().get().bytes()).isEqualTo(48);
        try (Region reader = Region.open(path)) {
            var latest = reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest();
            assertThat(latest.value()).isEqualTo(expected);
            assertThat(latest.sequence()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "fake-png", "empty"})
    void nonImageKeepsThePreviousImage(String kind) throws Exception {
        model(RegionSpec.DEFAULT_IMAGE_CAPACITY);
        Path good = TestImages.write(dir, "good.png", TestImages.png(10, 10));
        assertThat(await(model.loadImage(good))).isTrue();
        ImageSelection before = model.imageProperty().get();

        byte[] bad = switch (kind) {
            case "text" -> "hello, not an image".getBytes();
            case "fake-png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};
            default -> new byte[0];
        };
        Path file = TestImages.write(dir, "bad-" + kind + ".png", bad);
        assertThat(await(model.loadImage(file))).isFalse();
        assertThat(model.imageProperty().get()).isSameAs(before);
        Status status = model.statusProperty().get();
        assertThat(status.kind()).isEqualTo(Status.Kind.ERROR);
        assertThat(status.text()).startsWith(file.toAbsolutePath().toString())
                .contains(kind.equals("fake-png") ? "looks like a PNG file but cannot be decoded"
                        : "is not a PNG, JPEG, GIF or BMP image.");
    }

    @Test
    void missingFileAndPastedBytes() throws Exception {
        model(RegionSpec.DEFAULT_IMAGE_CAPACITY);
        Path missing = dir.resolve("nope.png");
        assertThat(await(model.loadImage(missing))).isFalse();
        assertThat(model.statusProperty().get().text()).isEqualTo("File not found: " + missing.toAbsolutePath() + ".");
        assertThat(await(model.loadImage("clipboard.png", TestImages.png(5, 6)))).isTrue();
        assertThat(model.imageProperty().get().path()).isEqualTo("clipboard.png");
        assertThat(model.imageProperty().get().height()).isEqualTo(6);
    }

    @Test
    void tooLargeImageIsReportedAndNothingChanges() throws Exception {
        model(64 * 1024);
        Path small = TestImages.write(dir, "small.png", TestImages.png(8, 8));
        assertThat(await(model.loadImage(small))).isTrue();
        assertThat(await(model.publishImage())).isTrue();
        byte[] expected = ImagePayloadCodec.encode(small.toAbsolutePath().toString(), Files.readAllBytes(small));

        byte[] big = TestImages.noisePng(200, 200);
        assertThat(big.length).isGreaterThan(64 * 1024);
        Path large = TestImages.write(dir, "large.png", big);
        assertThat(await(model.loadImage(large))).isTrue();
        var oversize = model.oversizeProperty().get();
        assertThat(oversize).isNotNull();
        assertThat(oversize.capacity()).isEqualTo(64 * 1024);
        assertThat(oversize.suggestedCapacity()).isEqualTo(1024 * 1024);
        assertThat(model.statusProperty().get().kind()).isEqualTo(Status.Kind.WARNING);

        assertThat(await(model.publishImage())).isFalse();
        assertThat(model.statusProperty().get().text()).matches("The image needs [0-9.]+ KiB but the region holds 64 KiB\\.");
        assertThat(model.lastPublicationProperty().get().sequence()).isEqualTo(1);
        try (Region reader = Region.open(path)) {
            Publication latest = reader.bytes(RegionSpec.IMAGE_SLOT).readLatest();
            assertThat(latest.sequence()).isEqualTo(1);
            assertThat(latest.payload()).isEqualTo(expected);
        }
    }

    @Test
    void recreatesTheRegionLargerThenPublishes() throws Exception {
        model(64 * 1024);
        assertThat(await(model.publishStruct())).isTrue();
        Path large = TestImages.write(dir, "large.png", TestImages.noisePng(200, 200));
        assertThat(await(model.loadImage(large))).isTrue();
        try (Region oldReader = Region.open(path)) {
            assertThat(await(model.recreateRegion(model.oversizeProperty().get().needed()))).isTrue();
            assertThat(oldReader.isStale()).isTrue();
        }
        assertThat(model.regionProperty().get().capacity()).isEqualTo(1024 * 1024);
        assertThat(model.oversizeProperty().get()).isNull();
        assertThat(await(model.publishImage())).isTrue();
        try (Region reader = Region.open(path)) {
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).capacity()).isEqualTo(1024 * 1024);
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload())
                    .isEqualTo(ImagePayloadCodec.encode(large.toAbsolutePath().toString(), Files.readAllBytes(large)));
            assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest().value())
                    .as("the last struct is republished").isEqualTo(TestData.sample());
        }
    }

    @Test
    void secondWriterIsRefusedInPlainWords() throws Exception {
        model(4096);
        try (WriterModel second = new WriterModel(path, 4096, false, Runnable::run)) {
            assertThat(await(second.open())).isFalse();
            var status = second.regionProperty().get();
            assertThat(status.open()).isFalse();
            assertThat(status.blockedByOtherWriter()).isFalse(); // same process: same pid
            assertThat(status.problem()).isEqualTo("Another writer (pid " + ProcessHandle.current().pid()
                    + ") is already publishing to " + path.file() + ".");
            assertThat(second.canPublishStructProperty().get()).isFalse();
            assertThat(await(second.loadImage("a.png", TestImages.png(2, 2)))).isTrue();
            assertThat(second.canPublishImageProperty().get()).isFalse();
            assertThat(await(second.publishImage())).isFalse();
        }
        model.close();
        model = null;
        try (WriterModel retry = new WriterModel(path, 4096, false, Runnable::run)) {
            assertThat(await(retry.open())).as("the lock is free once the first writer closed").isTrue();
        }
    }

    @Test
    void existingCapacityWinsUnlessGivenExplicitly() throws Exception {
        model(2 * 1024 * 1024);
        model.close();
        try (WriterModel keep = new WriterModel(path, 1024 * 1024, false, Runnable::run)) {
            assertThat(await(keep.open())).isTrue();
            assertThat(keep.regionProperty().get().capacity()).isEqualTo(2 * 1024 * 1024);
        }
        model = new WriterModel(path, 1024 * 1024, true, Runnable::run);
        assertThat(await(model.open())).isTrue();
        assertThat(model.regionProperty().get().capacity()).isEqualTo(1024 * 1024);
    }

    @Test
    void sampleImageLoads() throws Exception {
        model(RegionSpec.DEFAULT_IMAGE_CAPACITY);
        assertThat(await(model.loadSample())).isTrue();
        ImageSelection sample = model.imageProperty().get();
        assertThat(sample.width()).isEqualTo(640);
        assertThat(sample.height()).isEqualTo(400);
        assertThat(Path.of(sample.path()).getFileName().toString()).isEqualTo("sample.png");
    }
}
