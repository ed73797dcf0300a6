package io.shmex.writer;

import io.shmex.fx.ErrorDialog;
import io.shmex.fx.Theme;
import io.shmex.writer.model.WriterModel;
import io.shmex.writer.view.WriterView;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import picocli.CommandLine;

/** The writer window. Started by {@link WriterMain} with the already validated arguments. */
public final class WriterApp extends Application {
    /** Default window size: room for a 640×400 preview beside the struct panel. */
    public static final double WIDTH = 1040;
    /** Default window height. */
    public static final double HEIGHT = 720;

    private WriterModel model;

    @Override
    public void start(Stage stage) {
        ErrorDialog.installUncaughtHandler();
        WriterCommand options = new WriterCommand();
        new CommandLine(options).setCaseInsensitiveEnumValuesAllowed(true)
                .parseArgs(getParameters().getRaw().toArray(String[]::new));
        model = new WriterModel(options.region.regionPath(), options.region.capacityBytes(),
                options.region.capacityGiven(), Platform::runLater);
        Scene scene = createScene(model);
        stage.setScene(scene);
        stage.setTitle(title(model));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = WriterApp.class.getResource("icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        options.window.place(stage);
        stage.show();
        model.open();
        model.loadSample();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }

    /**
     * Builds the writer's scene, themed, with shortcuts, drag and drop and paste wired.
     *
     * @param model the state to show
     * @return the scene, {@value #WIDTH}×{@value #HEIGHT}
     */
    public static Scene createScene(WriterModel model) {
        WriterView view = new WriterView(model);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        Theme.install(scene);
        view.installShortcuts(scene);
        return scene;
    }

    /**
     * @param model the state
     * @return e.g. {@code shmex writer — shmex-default}
     */
    public static String title(WriterModel model) {
        return "shmex writer — " + model.regionPath().name();
    }
}
