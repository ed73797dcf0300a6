package io.shmex.writer.view;

import atlantafx.base.theme.Styles;
import io.shmex.fx.Messages;
import io.shmex.fx.Theme;
import io.shmex.writer.model.RegionStatus;
import io.shmex.writer.model.WriterModel;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The top bar: app name, the image actions, the region chip and the theme toggle. */
final class HeaderBar extends HBox {
    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private static final double COMPACT_WIDTH = 1000;

    final Button open = new Button("Open…");
    final Button paste = new Button("Paste");
    final Button write = new Button("Write image");
    private final Region dot = new Region();
    private final Label name = new Label();
    private final Label capacity = new Label();
    private final Label pid = new Label();

    HeaderBar(WriterModel model) {
        getStyleClass().add("app-header");
        Label app = new Label("shmex");
        app.getStyleClass().addAll("app-title", "app-title-accent");
        Label role = new Label("writer");
        role.getStyleClass().add("app-title");
        HBox title = new HBox(4, app, role);
        title.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(USE_PREF_SIZE);

        open.setGraphic(Icons.open());
        paste.setGraphic(Icons.paste());
        write.setGraphic(Icons.write());
        open.setId("open-image");
        paste.setId("paste-image");
        write.setId("write-image");
        open.setTooltip(new Tooltip("Choose a PNG, JPEG, GIF or BMP file (Ctrl+O)"));
        paste.setTooltip(new Tooltip("Use the image or image file on the clipboard (Ctrl+V)"));
        write.setTooltip(new Tooltip("Publish the image to the region (Ctrl+Enter)"));
        write.getStyleClass().add(Styles.ACCENT);
        write.disableProperty().bind(model.canPublishImageProperty().not());
        for (Button b : new Button[] {open, paste, write}) {
            b.setMinWidth(USE_PREF_SIZE);
        }

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        dot.getStyleClass().add("dot");
        name.getStyleClass().addAll("value", "mono");
        capacity.getStyleClass().addAll("value", "mono");
        pid.getStyleClass().addAll("value", "mono");
        Label regionLabel = new Label("Region");
        HBox chip = new HBox(dot, regionLabel, name, sep(), capacity, sep(), pid);
        chip.getStyleClass().add("region-chip");
        chip.setMinWidth(0);
        // Only the path gives way when the window is narrow, keeping its file name visible.
        for (var n : chip.getChildren()) {
            if (n instanceof Label l && l != name) {
                l.setMinWidth(USE_PREF_SIZE);
            }
        }
        name.setMinWidth(120);
        name.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        // Narrow windows (e.g. the side-by-side demo) keep the path readable: icon-only buttons.
        regionLabel.managedProperty().bind(regionLabel.visibleProperty());
        widthProperty().subscribe(w -> {
            boolean compact = w.doubleValue() < COMPACT_WIDTH;
            for (Button b : new Button[] {open, paste}) {
                b.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            }
            regionLabel.setVisible(!compact);
        });
        Tooltip chipTip = new Tooltip();
        Tooltip.install(chip, chipTip);

        getChildren().addAll(title, new Separator(Orientation.VERTICAL), open, paste, write, spacer, chip,
                Theme.toggleButton());
        setAlignment(Pos.CENTER_LEFT);

        model.regionProperty().subscribe(status -> {
            show(status);
            chipTip.setText(tooltip(status));
        });
    }

    private void show(RegionStatus status) {
        name.setText(status.path().toString());
        capacity.setText(Messages.bytes(status.capacity()));
        pid.setText(status.open() ? "pid " + status.writerPid()
                : status.blockedByOtherWriter() ? "held by pid " + status.writerPid()
                : status.problem() != null ? "unavailable" : "opening…");
        dot.pseudoClassStateChanged(OK, status.open());
        dot.pseudoClassStateChanged(ERROR, !status.open() && status.problem() != null);
    }

    private static String tooltip(RegionStatus status) {
        String state = status.open() ? "This window is the writer (pid " + status.writerPid() + ")."
                : status.problem() != null ? status.problem() : "Opening…";
        return "Region " + status.path().name() + "\n" + status.path() + "\nImage capacity "
                + Messages.bytes(status.capacity()) + "\n" + state;
    }

    private static Label sep() {
        return new Label("·");
    }
}
