package io.shmex.fx;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import picocli.CommandLine.Option;

/**
 * Where the main window opens; add with {@code @Mixin WindowOptions window;}. Hidden: it exists
 * so the one-command demo can show the writer and the reader side by side.
 */
public final class WindowOptions {
    /** A half of the primary screen, or its centre. */
    public enum Position {
        /** The left half of the primary screen. */
        LEFT,
        /** The right half of the primary screen. */
        RIGHT,
        /** Centred, at the window's own size. */
        CENTER
    }

    @Option(names = "--window-position", hidden = true, paramLabel = "left|right|center",
            description = "Open the window on the left or right half of the screen, or centred.")
    private Position position;

    /** @return the requested position, or null for the platform's default placement */
    public Position position() {
        return position;
    }

    /**
     * Places the stage as requested; does nothing when no position was given. Call before
     * {@code show()}.
     *
     * @param stage the main window
     */
    public void place(Stage stage) {
        place(stage, position);
    }

    /**
     * Places a stage on a half of the primary screen's visual bounds, or centres it.
     *
     * @param stage the window
     * @param position where; null leaves the stage alone
     */
    public static void place(Stage stage, Position position) {
        if (position == null) {
            return;
        }
        if (position == Position.CENTER) {
            stage.centerOnScreen();
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.floor(screen.getWidth() / 2);
        stage.setX(position == Position.LEFT ? screen.getMinX() : screen.getMinX() + width);
        stage.setY(screen.getMinY());
        stage.setWidth(width);
        stage.setHeight(screen.getHeight());
    }
}
