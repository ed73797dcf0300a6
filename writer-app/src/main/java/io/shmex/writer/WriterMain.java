package io.shmex.writer;

import io.shmex.fx.Launcher;
import io.shmex.fx.Logging;
import javafx.application.Application;

/**
 * Entry point of {@code shmex-writer}. A plain class, not an {@link Application}: on the class
 * path JavaFX refuses to launch a main class that extends Application.
 */
public final class WriterMain {
    private WriterMain() {
    }

    /**
     * Runs the command line; without a publish option it opens the window.
     *
     * @param args see {@code shmex-writer --help}
     */
    public static void main(String[] args) {
        Logging.init("shmex-writer");
        System.exit(Launcher.run(new WriterCommand(), args));
    }

    /** Opens the window and returns when it closes. */
    static int launchGui(String[] args) {
        Application.launch(WriterApp.class, args);
        return Launcher.OK;
    }
}
