package io.shmex.reader.view;

import io.shmex.reader.model.ReaderModel;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The reader window's content: toolbar on top, the image in the middle, the image and record
 * cards on the right, the status bar at the bottom.
 */
public final class ReaderView extends BorderPane {
    /** The reader's stylesheet, layered over the shared {@code shmex.css}. */
    public static final String STYLESHEET = Objects.requireNonNull(
            ReaderView.class.getResource("/io/shmex/reader/reader.css"), "reader.css").toExternalForm();
    private static final double SIDE_WIDTH = 300;

    private final ReaderModel model;
    private final ImagePane image;
    private final StatusBar status;
    private final ReaderActions actions;

    /**
     * @param model the reader's state
     * @param owner the window dialogs belong to
     */
    public ReaderView(ReaderModel model, Window owner) {
        this.model = model;
        getStyleClass().add("reader-view");
        image = new ImagePane(model);
        status = new StatusBar(model);
        actions = new ReaderActions(model, status, owner);

        StackPane workspace = new StackPane(image);
        workspace.getStyleClass().add("workspace");
        workspace.setPadding(new Insets(12, 6, 12, 12));

        VBox cards = new VBox(12, new InfoCard(model), new StructCard(model));
        cards.setPadding(new Insets(12, 12, 12, 6));
        cards.setFillWidth(true);
        ScrollPane side = new ScrollPane(cards);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().addAll("side-panel", atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        side.setPrefWidth(SIDE_WIDTH);
        side.setMinWidth(SIDE_WIDTH);

        setTop(new ReaderToolbar(model, image, actions));
        setCenter(workspace);
        setRight(side);
        setBottom(status);
    }

    /**
     * Adds the keyboard shortcuts to the scene showing this view.
     *
     * @param scene the window's scene
     */
    public void installShortcuts(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F5), actions::read);
        keys.put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), actions::copy);
        keys.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), actions::save);
        keys.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> model.followModeProperty().set(!model.followModeProperty().get()));
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), image::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), image::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), image::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), image::zoomOut);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), image::zoomOut);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), image::fitToWindow);
        keys.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), image::fitToWindow);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), image::actualSize);
    }

    /** @return the image pane */
    public ImagePane imagePane() {
        return image;
    }

    /** @return the button actions, e.g. to replace the save dialog in tests */
    public ReaderActions actions() {
        return actions;
    }

    /** @return the status bar */
    public StatusBar statusBar() {
        return status;
    }
}
