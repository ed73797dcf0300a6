package io.shmex.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.codec.ImagePayloadCodec;
import io.shmex.region.Region;
import io.shmex.region.RegionSpec;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A region too small for the image: the banner offers to recreate it, the dialog confirms. */
class WriterRecreateGuiTest extends WriterGuiTestBase {
    private static final long SMALL = 64 * 1024;
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Stop
    void stop() throws Exception {
        close();
    }

    @Override
    long capacity() {
        return SMALL;
    }

    @Test
    void bannerRecreatesTheRegionLargerAndWrites(FxRobot robot) throws Exception {
        waitUntil(() -> model.regionProperty().get().open());
        byte[] big = TestImages.noisePng(200, 200);
        Path file = TestImages.write(dir, "big.png", big);
        assertThat(fx(() -> model.loadImage(file))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        Node banner = robot.lookup(".banner.warning").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.from(banner).lookup(".banner-text").queryLabeled().getText())
                .matches("The image needs [0-9.]+ KiB but the region holds 64 KiB\\. .*");

        robot.clickOn("#write-image");
        waitUntil(() -> model.statusProperty().get().text().startsWith("The image needs"));
        try (Region reader = Region.open(path)) {
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).latestSequence()).as("nothing published").isZero();
        }

        Button grow = robot.from(banner).lookup(".button").queryButton();
        assertThat(grow.getText()).isEqualTo("Recreate with 1 MiB…");
        robot.clickOn(grow);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Recreate and write");
        waitUntil(() -> model.lastImageProperty().get() != null);

        assertThat(banner.isVisible()).isFalse();
        try (Region reader = Region.open(path)) {
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).capacity()).isEqualTo(1024 * 1024);
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload())
                    .isEqualTo(ImagePayloadCodec.encode(file.toAbsolutePath().toString(), big));
        }
    }

    @Test
    void pasteTakesTheClipboardImage(FxRobot robot) throws Exception {
        waitUntil(() -> model.regionProperty().get().open());
        Path file = TestImages.write(dir, "copied.png", TestImages.png(16, 9));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(java.util.List.of(file.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(".preview");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> model.imageProperty().get() != null);
        assertThat(model.imageProperty().get().path()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(model.imageProperty().get().width()).isEqualTo(16);
    }
}
