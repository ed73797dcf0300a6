package io.shmex.writer;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import io.shmex.codec.ImagePayloadCodec;
import io.shmex.record.TestData;
import io.shmex.region.Region;
import io.shmex.region.RegionSpec;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The real writer window on the headless platform, driven by real clicks and keys. */
class WriterGuiTest extends WriterGuiTestBase {
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
        return RegionSpec.DEFAULT_IMAGE_CAPACITY;
    }

    /** Runs a model action on the FX thread and waits for its result. */
    @Test
    void clickingWriteImagePublishesTheOriginalLayout(FxRobot robot) throws Exception {
        waitUntil(() -> model.regionProperty().get().open());
        byte[] png = TestImages.png(120, 80);
        Path file = TestImages.write(dir, "pic.png", png);
        assertThat(fx(() -> model.loadImage(file))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#write-image").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#write-image");
        waitUntil(() -> model.lastImageProperty().get() != null);

        try (Region reader = Region.open(path)) {
            var latest = reader.bytes(RegionSpec.IMAGE_SLOT).readLatest();
            assertThat(latest.sequence()).isEqualTo(1);
            assertThat(latest.payload()).isEqualTo(ImagePayloadCodec.encode(file.toAbsolutePath().toString(), png));
        }
        assertThat(robot.lookup(".publication").queryLabeled().getText()).startsWith("seq=1 · ")
                .endsWith("region " + path.file());
        assertThat(robot.lookup(".preview-box .copyable").queryAs(TextField.class).getText())
                .isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void ctrlEnterPublishesToo(FxRobot robot) throws Exception {
        waitUntil(() -> model.regionProperty().get().open());
        assertThat(fx(() -> model.loadImage("clipboard.png", TestImages.png(4, 4)))).isTrue();
        robot.clickOn(".preview");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> model.lastImageProperty().get() != null);
        assertThat(model.lastImageProperty().get().sequence()).isEqualTo(1);
    }

    @Test
    void clickingWriteStructPublishesTheSample(FxRobot robot) throws Exception {
        waitUntil(() -> model.regionProperty().get().open());
        robot.clickOn("#write-struct");
        waitUntil(() -> model.lastStructProperty().get() != null);
        try (Region reader = Region.open(path)) {
            var latest = reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest();
            assertThat(latest.value()).isEqualTo(TestData.sample());
            assertThat(latest.sequence()).isEqualTo(1);
        }
    }

    @Test
    void invalidFieldTurnsRedAndBlocksWriteStruct(FxRobot robot) throws Exception {
        waitUntil(() -> model.regionProperty().get().open());
        TextField id = robot.lookup("#field-Id").queryAs(TextField.class);
        Button write = robot.lookup("#write-struct").queryButton();

        robot.doubleClickOn(id).eraseText(3).write("2147483648");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(id.getText()).isEqualTo("2147483648");
        assertThat(id.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(id.getTooltip().getText()).startsWith("Id: Out of range");
        assertThat(write.isDisabled()).isTrue();

        robot.doubleClickOn(id).eraseText(10).write("42");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(id.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        assertThat(write.isDisabled()).isFalse();
        robot.clickOn(write);
        waitUntil(() -> model.lastStructProperty().get() != null);
        try (Region reader = Region.open(path)) {
            assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest().value().id()).isEqualTo(42);
        }
    }
}
