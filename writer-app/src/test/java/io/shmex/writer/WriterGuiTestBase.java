package io.shmex.writer;

import io.shmex.region.RegionPath;
import io.shmex.writer.model.WriterModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real writer window on a region in a fresh temporary folder, removed afterwards. TestFX looks
 * for {@code @Start} and {@code @Stop} only on the test class itself, so subclasses declare them
 * and call {@link #open} and {@link #close}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WriterGuiTestBase {
    Path dir;
    RegionPath path;
    WriterModel model;

    /** @return the image capacity the window's region is created with */
    abstract long capacity();

    void open(Stage stage) throws Exception {
        dir = Files.createTempDirectory("shmex-gui");
        path = RegionPath.of(dir.resolve("gui.shm"));
        model = new WriterModel(path, capacity(), false, Platform::runLater);
        stage.setScene(WriterApp.createScene(model));
        stage.setTitle(WriterApp.title(model));
        stage.show();
        model.open();
    }

    void close() throws Exception {
        model.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Runs a model action on the FX thread and waits for its result. */
    static boolean fx(Supplier<CompletableFuture<Boolean>> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action::get).get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
