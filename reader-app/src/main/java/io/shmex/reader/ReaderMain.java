package io.shmex.reader;

import io.shmex.fx.Launcher;
import io.shmex.fx.Logging;
import javafx.application.Application;

/**
 * Entry point of {@code shmex-reader}. A plain class, not an {@link Application}: on the class path
 * JavaFX refuses to launch a main class that extends Application.
 */
public final class ReaderMain {
    private ReaderMain() {
    }

    /**
     * Runs the command line, which opens the window unless an action was given.
     *
     * @param args see {@code shmex-reader --help}
     */
    public static void main(String[] args) {
        Logging.init("shmex-reader");
        System.exit(Launcher.run(new ReaderCommand(), args));
    }

    /** Opens the window and returns when it closes. */
    static int launchGui(String[] args) {
        Application.launch(ReaderApp.class, args);
        return 0;
    }
}
