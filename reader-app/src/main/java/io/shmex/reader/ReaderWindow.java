package io.shmex.reader;

import io.shmex.fx.Theme;
import io.shmex.fx.WindowOptions;
import io.shmex.reader.model.ReaderModel;
import io.shmex.reader.view.ReaderView;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Builds the reader's main window around a model; shared by the app and the GUI tests. */
public final class ReaderWindow {
    /** Default window size. */
    public static final double WIDTH = 1000;
    /** Default window size. */
    public static final double HEIGHT = 700;

    private ReaderWindow() {
    }

    /**
     * Puts the reader view into {@code stage}, titled after the region; does not show it.
     *
     * @param stage the window
     * @param model the reader's state
     * @param placement where to open, or null for the platform's choice
     * @return the view
     */
    public static ReaderView setUp(Stage stage, ReaderModel model, WindowOptions placement) {
        ReaderView view = new ReaderView(model, stage);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        Theme.install(scene);
        scene.getStylesheets().add(ReaderView.STYLESHEET);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("shmex reader — " + model.region().name());
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        if (placement != null) {
            placement.place(stage);
        }
        return view;
    }
}
