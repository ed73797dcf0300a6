package io.shmex.writer.view;

import io.shmex.writer.model.Publication;
import io.shmex.writer.model.Status;
import io.shmex.writer.model.WriterModel;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bottom line: what just happened, in plain words, and the last publication's numbers. */
final class StatusBar extends HBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    final Label status = new Label();
    final Label publication = new Label();

    StatusBar(WriterModel model) {
        getStyleClass().add("status-bar");
        status.getStyleClass().add("status-text");
        status.setMinWidth(120);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Tooltip statusTip = new Tooltip();
        statusTip.setWrapText(true);
        statusTip.setMaxWidth(520);
        status.setTooltip(statusTip);
        publication.getStyleClass().addAll("publication", "mono");
        publication.setMinWidth(USE_PREF_SIZE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("busy");
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        getChildren().addAll(spinner, status, publication);

        model.statusProperty().subscribe((Status s) -> {
            status.setText(s == null ? "" : s.text());
            statusTip.setText(s == null ? "" : s.text());
            status.pseudoClassStateChanged(ERROR, s != null && s.kind() == Status.Kind.ERROR);
            status.pseudoClassStateChanged(SUCCESS, s != null && s.kind() == Status.Kind.SUCCESS);
            status.pseudoClassStateChanged(WARNING, s != null && s.kind() == Status.Kind.WARNING);
        });
        model.lastPublicationProperty().subscribe((Publication p) -> publication.setText(p == null ? "" : p.summary()));
    }
}
