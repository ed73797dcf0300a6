package io.shmex.reader.view;

import io.shmex.reader.ChildJvm;
import io.shmex.reader.ReaderWindow;
import io.shmex.reader.model.ImageLoader;
import io.shmex.reader.model.ReaderModel;
import io.shmex.region.RegionPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real reader window on the headless platform and drives it with TestFX's robot. */
abstract class ReaderGuiTestBase {
    @TempDir
    Path tmp;

    final FxRobot robot = new FxRobot();
    final List<ChildJvm> children = new ArrayList<>();
    ReaderModel model;
    ReaderView view;
    Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeAll() throws Exception {
        if (model != null) {
            model.close();
        }
        children.forEach(ChildJvm::close);
        FxToolkit.setupFixture(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                window.hide();
            }
        });
        FxToolkit.cleanupStages();
    }

    Path regionFile() {
        return tmp.resolve("r.shm");
    }

    /** Opens the reader window on {@link #regionFile()} and starts watching the region. */
    ReaderView openReader() throws Exception {
        model = new ReaderModel(RegionPath.of(regionFile()), ImageLoader.DEFAULT_MAX_PIXELS);
        stage = FxToolkit.setupStage(s -> {
            view = ReaderWindow.setUp(s, model, null);
            s.show();
        });
        model.start();
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    /** Starts the writer's command line in another JVM and waits for its first publication. */
    ChildJvm startWriter(String... args) {
        List<String> all = new ArrayList<>(List.of("--region", regionFile().toString()));
        all.addAll(List.of(args));
        ChildJvm writer = ChildJvm.start("io.shmex.writer.WriterMain", all.toArray(String[]::new));
        children.add(writer);
        writer.awaitLine("seq=", java.time.Duration.ofSeconds(30));
        return writer;
    }

    /** Runs the writer's command line to completion in another JVM. */
    void runWriter(String... args) {
        List<String> all = new ArrayList<>(List.of("--region", regionFile().toString()));
        all.addAll(List.of(args));
        ChildJvm.writer(all.toArray(String[]::new));
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Waits, with the FX thread settled, until {@code condition} holds. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** Waits for the struct dialog and returns its pane. */
    DialogPane awaitDialog() throws Exception {
        waitUntil(() -> robot.lookup("#struct-dialog").tryQuery().isPresent());
        return robot.lookup("#struct-dialog").queryAs(DialogPane.class);
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(15, TimeUnit.SECONDS);
    }

    static void runFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(15, TimeUnit.SECONDS);
    }

    boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
