package io.shmex.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.fx.Snapshots;
import io.shmex.fx.Theme;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import io.shmex.writer.model.WriterModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the README screenshot {@code docs/writer.png} from the real window content. Off by
 * default so ordinary builds do not rewrite the file; run with
 * {@code mvn -pl writer-app -am verify -Dshmex.snapshots=true -Dtest=WriterSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Options: {@code -Dshmex.docsDir=DIR} (default {@code ../docs}), {@code -Dshmex.snapshotTheme=dark},
 * {@code -Dshmex.snapshotRegion=NAME} (default {@code demo}; deleted afterwards).
 */
@EnabledIfSystemProperty(named = "shmex.snapshots", matches = "true")
class WriterSnapshotTest {
    @Test
    void rendersTheReadmeScreenshot() throws Exception {
        FxToolkit.registerPrimaryStage();
        RegionPath path = RegionPath.named(System.getProperty("shmex.snapshotRegion", "demo"));
        Path out = Path.of(System.getProperty("shmex.docsDir", "../docs")).resolve("writer.png").toAbsolutePath().normalize();
        boolean dark = "dark".equalsIgnoreCase(System.getProperty("shmex.snapshotTheme"));
        WriterModel model = new WriterModel(path, RegionSpec.DEFAULT_IMAGE_CAPACITY, false, Platform::runLater);
        try {
            Scene scene = WaitForAsyncUtils.asyncFx(() -> {
                Theme.modeProperty().set(dark ? Theme.Mode.DARK : Theme.Mode.LIGHT);
                return WriterApp.createScene(model);
            }).get(30, TimeUnit.SECONDS);
            // Shown, so wrapped labels and the split of space settle as in the real window.
            FxToolkit.setupStage(stage -> {
                stage.setScene(scene);
                stage.setTitle(WriterApp.title(model));
                stage.show();
            });
            assertThat(WriterGuiTest.fx(model::open)).isTrue();
            assertThat(WriterGuiTest.fx(model::loadSample)).isTrue();
            // Twice each: the first publish includes class loading and page faults, not typical timings.
            for (int i = 0; i < 2; i++) {
                assertThat(WriterGuiTest.fx(model::publishStruct)).isTrue();
                assertThat(WriterGuiTest.fx(model::publishImage)).isTrue();
            }
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.savePng(scene, out);
        } finally {
            model.close();
            Region.delete(path);
        }
        assertThat(Files.size(out)).isPositive();
        System.out.println("Wrote " + out);
    }
}
