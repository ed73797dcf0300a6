package io.shmex.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.codec.ImagePayloadCodec;
import io.shmex.reader.ChildJvm;
import io.shmex.reader.OtherRecord;
import io.shmex.reader.TestImages;
import io.shmex.reader.model.ConnectionState;
import io.shmex.record.RecordCodec;
import io.shmex.record.TestData;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The reader window against writers in other JVMs, clicked with a real (headless) robot. */
class ReaderGuiTest extends ReaderGuiTestBase {

    @Test
    void readShowsTheImageAnotherProcessPublished() throws Exception {
        Path png = TestImages.writeQuadrantPng(tmp.resolve("quadrants.png"));
        runWriter("--publish-image", png.toString());
        openReader();
        waitUntil(() -> model.stateProperty().get() != ConnectionState.WAITING);

        robot.clickOn("#read-button");
        waitUntil(() -> view.imagePane().imageView().getImage() != null);

        PixelReader pixels = view.imagePane().imageView().getImage().getPixelReader();
        assertThat(pixels.getArgb(0, 0)).isEqualTo(TestImages.RED);
        assertThat(pixels.getArgb(3, 0)).isEqualTo(TestImages.GREEN);
        assertThat(pixels.getArgb(0, 3)).isEqualTo(TestImages.BLUE);
        assertThat(pixels.getArgb(3, 3)).isEqualTo(TestImages.WHITE);
        // What is on screen, not only the decoded image: the fitted view is enlarged with sharp pixels.
        Image shown = onFx(() -> view.imagePane().imageView().snapshot(null, null));
        int w = (int) shown.getWidth();
        int h = (int) shown.getHeight();
        assertThat(w).isGreaterThanOrEqualTo(64).isEqualTo(h);
        assertThat(shown.getPixelReader().getArgb(w / 4, h / 4)).isEqualTo(TestImages.RED);
        assertThat(shown.getPixelReader().getArgb(3 * w / 4, h / 4)).isEqualTo(TestImages.GREEN);
        assertThat(shown.getPixelReader().getArgb(w / 4, 3 * h / 4)).isEqualTo(TestImages.BLUE);
        assertThat(shown.getPixelReader().getArgb(3 * w / 4, 3 * h / 4)).isEqualTo(TestImages.WHITE);

        assertThat(text("#path-label")).isEqualTo(png.toString());
        assertThat(text("#dimensions-label")).isEqualTo("4 × 4 px");
        assertThat(text("#sequence-label")).isEqualTo("#1");
        assertThat(text("#size-label")).isEqualTo(Files.size(png) + " B · PNG");
        assertThat(text("#latency-label")).matches("[0-9.]+ (ms|s)");
        assertThat(stage.getTitle()).isEqualTo("shmex reader — r.shm");
    }

    @Test
    void structShowsTheRecordExactlyAsTheOriginalPrintedIt() throws Exception {
        runWriter("--publish-struct", "--id", "100", "--age", "20", "--scores", "60,61,62,63,64,65,66,67,68,69");
        openReader();
        waitUntil(() -> model.stateProperty().get() != ConnectionState.WAITING);

        robot.clickOn("#struct-button");
        DialogPane dialog = awaitDialog();

        assertThat(dialog.getContentText()).isEqualTo("Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69");
        assertThat(text("#struct-id")).isEqualTo("100");
        assertThat(text("#struct-age")).isEqualTo("20");
        assertThat(text("#struct-score-0")).isEqualTo("60");
        assertThat(text("#struct-score-9")).isEqualTo("69");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#struct-dialog").tryQuery().isEmpty());
    }

    @Test
    void startedBeforeAnyWriterItWaitsThenConnectsByItself() throws Exception {
        openReader();
        assertThat(text("#placeholder-title")).isEqualTo("Waiting for a writer on r.shm…");
        assertThat(text("#status-label")).isEqualTo("Waiting for a writer on r.shm…");

        Path png = TestImages.writeQuadrantPng(tmp.resolve("late.png"));
        startWriter("--publish-image", png.toString(), "--hold", "60");

        waitUntil(() -> "Connected to r.shm".equals(text("#status-label")));
        robot.clickOn("#read-button");
        waitUntil(() -> png.toString().equals(text("#path-label")));
    }

    @Test
    void aKilledWriterShowsWriterNotRunningAndKeepsTheImage() throws Exception {
        Path png = TestImages.writeQuadrantPng(tmp.resolve("q.png"));
        ChildJvm writer = startWriter("--publish-image", png.toString(), "--hold", "60");
        openReader();
        waitUntil(() -> "Connected to r.shm".equals(text("#status-label")));
        assertThat(text("#writer-label")).isEqualTo("running (pid " + writer.process().pid() + ")");
        robot.clickOn("#read-button");
        waitUntil(() -> view.imagePane().imageView().getImage() != null);

        writer.kill();

        waitUntil(() -> "not running".equals(text("#writer-label")));
        assertThat(text("#status-label")).startsWith("Writer not running on r.shm");
        assertThat(view.imagePane().imageView().getImage()).isNotNull();
        assertThat(text("#path-label")).isEqualTo(png.toString());
    }

    @Test
    void followShowsNewPublicationsWithoutClicking() throws Exception {
        Path png = TestImages.writeQuadrantPng(tmp.resolve("q.png"));
        openReader();
        robot.clickOn("#follow-toggle");
        assertThat(model.followModeProperty().get()).isTrue();

        runWriter("--publish-image", png.toString(), "--publish-struct", "--id", "9", "--repeat", "3");

        waitUntil(() -> "#3".equals(text("#sequence-label")) && "9".equals(text("#struct-id")));
        assertThat(text("#path-label")).isEqualTo(png.toString());
    }

    @Test
    void nonImageBytesShowAClearMessage() throws Exception {
        try (Region writer = Region.create(RegionPath.of(regionFile()), RegionSpec.defaults())) {
            writer.bytes(RegionSpec.IMAGE_SLOT).publish(ImagePayloadCodec.encode("/tmp/notes.txt",
                    "definitely not a picture".getBytes(StandardCharsets.UTF_8)));
            openReader();

            robot.clickOn("#read-button");

            waitUntil(() -> "Cannot show the image".equals(text("#placeholder-title")));
            assertThat(text("#message-label"))
                    .isEqualTo("The published data is not an image (path: /tmp/notes.txt, 24 bytes).");
            assertThat(view.imagePane().imageView().getImage()).isNull();
        }
    }

    @Test
    void recordLayoutMismatchShowsAMessage() throws Exception {
        RecordCodec<OtherRecord> other = RecordCodec.of(OtherRecord.class);
        RegionSpec spec = RegionSpec.builder().bytes(RegionSpec.IMAGE_SLOT, 1 << 20)
                .record(RegionSpec.RECORD_SLOT, other).build();
        try (Region writer = Region.create(RegionPath.of(regionFile()), spec)) {
            writer.record(RegionSpec.RECORD_SLOT, other).publish(new OtherRecord(1, 2));
            openReader();

            robot.clickOn("#struct-button");
            DialogPane dialog = awaitDialog();

            assertThat(dialog.getHeaderText()).isEqualTo("No record to show");
            assertThat(dialog.getContentText())
                    .startsWith("The record in this region has a different layout than TestData")
                    .contains(TestData.CODEC.describe());
            assertThat(visible("#struct-message")).isTrue();
            assertThat(text("#struct-message")).isEqualTo(dialog.getContentText());
        }
    }

    @Test
    void saveCopyAndZoomKeysWork() throws Exception {
        byte[] jpeg = TestImages.encode(TestImages.quadrants(), "jpg");
        Path source = Files.write(tmp.resolve("photo.jpg"), jpeg);
        runWriter("--publish-image", source.toString());
        openReader();
        Path target = tmp.resolve("saved.jpg");
        view.actions().setSaveTarget((owner, shown) -> {
            assertThat(shown.fileName()).isEqualTo("photo.jpg");
            return target;
        });
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> view.imagePane().imageView().getImage() != null);

        robot.clickOn("#save-button");
        waitUntil(() -> Files.exists(target) && Files.size(target) == jpeg.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(jpeg);

        robot.clickOn("#copy-button");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(source.toString());
        assertThat(onFx(() -> Clipboard.getSystemClipboard().hasImage())).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> !view.imagePane().fitProperty().get());
        assertThat(view.imagePane().scaleProperty().get()).isEqualTo(1.0);
        assertThat(text("#zoom-label")).isEqualTo("100%");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil(() -> view.imagePane().scaleProperty().get() == 1.25);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> view.imagePane().fitProperty().get());
    }
}
