package io.shmex.reader.view;

import atlantafx.base.controls.Spacer;
import io.shmex.reader.model.ConnectionState;
import io.shmex.reader.model.ReaderModel;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The bottom bar: connection state with a coloured dot, the writer, and short-lived notices. */
public final class StatusBar extends HBox {
    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");

    private final Label notice = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(4));

    /** @param model the reader's state */
    public StatusBar(ReaderModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Region dot = new Region();
        dot.getStyleClass().add("dot");
        dot.setId("status-dot");
        Label text = new Label();
        text.setId("status-label");
        text.getStyleClass().add("status-text");
        text.textProperty().bind(model.statusTextProperty());
        text.setMinWidth(0);
        model.stateProperty().addListener((obs, old, state) -> paint(dot, text, state));
        paint(dot, text, model.stateProperty().get());

        Label live = new Label("Following");
        live.getStyleClass().add("live-badge");
        live.visibleProperty().bind(model.followModeProperty());
        live.managedProperty().bind(live.visibleProperty());

        notice.setId("notice-label");
        notice.getStyleClass().add("notice");
        noticeTimer.setOnFinished(e -> notice.setText(null));

        Label publication = new Label();
        publication.getStyleClass().addAll("publication", "mono");
        publication.textProperty().bind(Bindings.createStringBinding(() -> {
            long seq = model.sequenceProperty().get();
            double latency = model.latencyMillisProperty().get();
            if (seq == 0) {
                return "";
            }
            return "image #" + seq + (Double.isNaN(latency) ? "" : " · latency " + ReaderModel.formatLatency(latency));
        }, model.sequenceProperty(), model.latencyMillisProperty()));

        Separator bar = new Separator(Orientation.VERTICAL);
        bar.visibleProperty().bind(notice.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        getChildren().addAll(dot, text, live, bar, notice, new Spacer(), publication);
    }

    private static void paint(Region dot, Label text, ConnectionState state) {
        dot.pseudoClassStateChanged(OK, state == ConnectionState.CONNECTED);
        dot.pseudoClassStateChanged(WARNING, state == ConnectionState.WRITER_GONE);
        dot.pseudoClassStateChanged(ERROR, state == ConnectionState.ERROR);
        text.pseudoClassStateChanged(ERROR, state == ConnectionState.ERROR);
        text.pseudoClassStateChanged(SUCCESS, state == ConnectionState.CONNECTED);
    }

    /**
     * Shows a short message for a few seconds, e.g. "Saved to photo.png".
     *
     * @param text the message
     */
    public void flash(String text) {
        notice.setText(text);
        noticeTimer.playFromStart();
    }
}
