package io.shmex.reader.view;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.shmex.fx.Theme;
import io.shmex.reader.model.ReaderModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The header: app title, then Read, Follow, view and zoom, Struct, Save, Copy, and the theme. */
public final class ReaderToolbar extends HBox {
    /** Below this width the secondary buttons show only their icons. */
    private static final double COMPACT_BELOW = 900;
    /** Below this width all buttons do. */
    private static final double TINY_BELOW = 720;

    /**
     * @param model the reader's state
     * @param image the image pane the view buttons control
     * @param actions what the buttons do
     */
    public ReaderToolbar(ReaderModel model, ImagePane image, ReaderActions actions) {
        getStyleClass().addAll("app-header", "reader-toolbar");
        setAlignment(Pos.CENTER_LEFT);

        Label brand = new Label("shmex");
        brand.getStyleClass().addAll("app-title", "app-title-accent");
        Label app = new Label("reader");
        app.getStyleClass().add("app-title");
        brand.setMinWidth(USE_PREF_SIZE);
        app.setMinWidth(USE_PREF_SIZE);
        HBox title = new HBox(4, brand, app);
        title.setAlignment(Pos.BASELINE_LEFT);

        Button read = button("read-button", "Read", Icons.read(), "Fetch the latest image (F5)");
        read.getStyleClass().add(Styles.ACCENT);
        read.setOnAction(e -> actions.read());

        ToggleButton follow = new ToggleButton("Follow", Icons.follow());
        setUp(follow, "follow-toggle", "Show every new publication as it arrives (Ctrl+L)");
        follow.selectedProperty().bindBidirectional(model.followModeProperty());

        ToggleGroup viewGroup = new ToggleGroup();
        ToggleButton fit = new ToggleButton("Fit", Icons.fit());
        setUp(fit, "fit-toggle", "Fit the image to the window (Ctrl+0)");
        fit.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton actual = new ToggleButton("100%");
        setUp(actual, "actual-size-toggle", "Show the image at its own size (Ctrl+1)");
        actual.getStyleClass().add(Styles.RIGHT_PILL);
        fit.setToggleGroup(viewGroup);
        actual.setToggleGroup(viewGroup);
        // Keep exactly one selected, and mirror zoom changes made with keys or the mouse wheel.
        fit.setOnAction(e -> image.fitToWindow());
        actual.setOnAction(e -> image.actualSize());
        Runnable sync = () -> {
            fit.setSelected(image.fitProperty().get());
            actual.setSelected(!image.fitProperty().get() && Math.abs(image.scaleProperty().get() - 1) < 1e-9);
        };
        image.fitProperty().addListener((obs, old, on) -> sync.run());
        image.scaleProperty().addListener((obs, old, s) -> sync.run());
        sync.run();

        Button zoomOut = iconButton("zoom-out-button", Icons.zoomOut(), "Zoom out (Ctrl+−)");
        zoomOut.getStyleClass().add(Styles.LEFT_PILL);
        zoomOut.setOnAction(e -> image.zoomOut());
        Label zoom = new Label();
        zoom.setId("zoom-label");
        zoom.getStyleClass().addAll("zoom-label", "mono");
        zoom.setMaxHeight(Double.MAX_VALUE);
        zoom.setMinWidth(USE_PREF_SIZE);
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(image.scaleProperty().get() * 100) + "%", image.scaleProperty()));
        Button zoomIn = iconButton("zoom-in-button", Icons.zoomIn(), "Zoom in (Ctrl++)");
        zoomIn.getStyleClass().add(Styles.RIGHT_PILL);
        zoomIn.setOnAction(e -> image.zoomIn());
        HBox zoomGroup = new HBox(0, zoomOut, zoom, zoomIn);
        zoomGroup.setAlignment(Pos.CENTER);
        zoomGroup.getStyleClass().add("zoom-group");
        zoomGroup.disableProperty().bind(model.imageProperty().isNull());

        Button struct = button("struct-button", "Struct", Icons.struct(), "Read the TestData record and show it");
        struct.setOnAction(e -> actions.showStruct());
        Button save = button("save-button", "Save…", Icons.save(), "Save the original image bytes to a file (Ctrl+S)");
        save.setOnAction(e -> actions.save());
        save.disableProperty().bind(model.imageProperty().isNull());
        Button copy = button("copy-button", "Copy", Icons.copy(), "Copy the image to the clipboard (Ctrl+C)");
        copy.setOnAction(e -> actions.copy());
        copy.disableProperty().bind(model.imageProperty().isNull());

        getChildren().addAll(title, separator(), read, follow, separator(), new HBox(0, fit, actual), zoomGroup,
                separator(), struct, save, copy, new Spacer(), Theme.toggleButton());

        // Narrow windows (e.g. half a laptop screen) drop button labels rather than cutting them to "...".
        // A zero minimum keeps the bar from forcing the window wider than it is; it follows the window instead.
        setMinWidth(0);
        List<ButtonBase> secondary = List.of(fit, struct, save, copy);
        List<ButtonBase> primary = List.of(read, follow);
        widthProperty().addListener((obs, old, width) -> {
            double w = width.doubleValue();
            secondary.forEach(b -> b.setContentDisplay(w < COMPACT_BELOW ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
            primary.forEach(b -> b.setContentDisplay(w < TINY_BELOW ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
        });
    }

    private static Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("toolbar-separator");
        return separator;
    }

    private static Button button(String id, String text, Node icon, String tip) {
        Button button = new Button(text, icon);
        return setUp(button, id, tip);
    }

    private static Button iconButton(String id, Node icon, String tip) {
        Button button = new Button(null, icon);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        return setUp(button, id, tip);
    }

    private static <B extends ButtonBase> B setUp(B button, String id, String tip) {
        button.setId(id);
        button.setMinWidth(USE_PREF_SIZE);
        button.setTooltip(new Tooltip(tip));
        button.setMnemonicParsing(false);
        return button;
    }
}
