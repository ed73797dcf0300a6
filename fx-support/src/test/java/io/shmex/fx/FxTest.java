package io.shmex.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.error.PayloadTooLargeException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fonts, theme, snapshots and the error alert, on the headless JavaFX platform. */
class FxTest {
    @BeforeAll
    static void startFx() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(20, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    static <T> T onFx(Supplier<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(20, TimeUnit.SECONDS);
    }

    @Test
    void fontsLoadAndAreIdempotent() throws Exception {
        onFx(() -> {
            Fonts.load();
            Fonts.load();
            return null;
        });
        assertThat(Font.getFamilies()).contains(Fonts.UI_FAMILY, Fonts.MONO_FAMILY);
    }

    @Test
    void themeCyclesModesAndSnapshotsRender(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("shot/label.png");
        onFx(() -> {
            Label label = new Label("shmex");
            label.getStyleClass().add("mono");
            Scene scene = new Scene(new StackPane(label, Theme.toggleButton()), 200, 100);
            Theme.modeProperty().set(Theme.Mode.DARK);
            Theme.install(scene);
            assertThat(scene.getStylesheets()).containsExactly(Theme.STYLESHEET);
            assertThat(Theme.darkProperty().get()).isTrue();
            assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
            Theme.modeProperty().set(Theme.Mode.LIGHT);
            assertThat(Theme.darkProperty().get()).isFalse();
            Theme.modeProperty().set(Theme.Mode.AUTO);
            Theme.install(scene);
            assertThat(scene.getStylesheets()).hasSize(1);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            assertThat(label.getFont().getFamily()).isEqualTo(Fonts.MONO_FAMILY);
            Snapshots.savePng(scene, png);
            return null;
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(100);
    }

    @Test
    void errorAlertHasPlainHeaderAndStackTrace() throws Exception {
        Alert alert = onFx(() -> ErrorDialog.create(null, "Publishing failed",
                new PayloadTooLargeException(3L << 20, 1L << 20, "region=/x slot=image")));
        assertThat(alert.getHeaderText()).isEqualTo("The image needs 3 MiB but the region holds 1 MiB.");
        assertThat(alert.getTitle()).isEqualTo("Publishing failed");
        assertThat(alert.getDialogPane().getExpandableContent()).isNotNull();
        assertThat(ErrorDialog.stackTrace(new IllegalStateException("x"))).contains("IllegalStateException: x");
    }

    @Test
    void uncaughtHandlerLogsWithoutBlocking() throws Exception {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ErrorDialog.class);
        var events = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        events.start();
        log.addAppender(events);
        log.setAdditive(false);
        try {
            ErrorDialog.installUncaughtHandler();
            Thread t = new Thread(() -> {
                throw new IllegalStateException("boom from a test");
            });
            t.start();
            t.join(5000);
            assertThat(t.isAlive()).isFalse();
            Platform.runLater(() -> {
                throw new IllegalArgumentException("boom on the FX thread");
            });
            assertThat(onFx(() -> "alive")).as("the FX thread goes on").isEqualTo("alive");
        } finally {
            log.detachAppender(events);
            log.setAdditive(true);
        }
        assertThat(events.list).extracting(e -> e.getThrowableProxy().getMessage())
                .contains("boom from a test", "boom on the FX thread");
    }
}
