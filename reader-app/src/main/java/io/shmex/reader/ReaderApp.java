package io.shmex.reader;

import io.shmex.fx.ErrorDialog;
import io.shmex.reader.model.ReaderModel;
import javafx.application.Application;
import javafx.stage.Stage;

/** The reader window. Started by {@link ReaderMain}; options come from the same command line. */
public final class ReaderApp extends Application {
    private ReaderCommand options;
    private ReaderModel model;

    @Override
    public void init() {
        options = ReaderCommand.parse(getParameters().getRaw());
    }

    @Override
    public void start(Stage stage) {
        ErrorDialog.installUncaughtHandler();
        model = new ReaderModel(options.regionPath(), options.maxPixels());
        ReaderWindow.setUp(stage, model, options.window());
        stage.show();
        model.start();
        model.followModeProperty().set(options.follow());
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
