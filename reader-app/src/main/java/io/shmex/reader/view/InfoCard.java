package io.shmex.reader.view;

import io.shmex.fx.Messages;
import io.shmex.reader.model.ImageSnapshot;
import io.shmex.reader.model.ReaderModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The side card describing the shown image: path, size, dimensions, sequence, latency, writer. */
public final class InfoCard extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private final GridPane grid = new GridPane();
    private int rows;

    /** @param model the reader's state */
    public InfoCard(ReaderModel model) {
        getStyleClass().addAll("panel", "info-card");
        Label title = new Label("Image");
        title.getStyleClass().add("panel-title");

        Label path = value("path-label", model.pathProperty());
        // Paths are long; the file name at the end matters most.
        path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        path.setEllipsisString("…");
        Tooltip pathTip = new Tooltip();
        pathTip.textProperty().bind(model.pathProperty());
        path.tooltipProperty().bind(Bindings.when(model.pathProperty().isNull()).then((Tooltip) null).otherwise(pathTip));

        grid.getStyleClass().add("info-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(76);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        grid.getColumnConstraints().addAll(keys, values);

        row("Path", path);
        row("Size", value("size-label", Bindings.createStringBinding(() -> size(model.snapshotProperty().get()),
                model.snapshotProperty())));
        row("Dimensions", value("dimensions-label", Bindings.createStringBinding(
                () -> dimensions(model.snapshotProperty().get()), model.snapshotProperty())));
        row("Sequence", value("sequence-label", Bindings.createStringBinding(
                () -> model.sequenceProperty().get() == 0 ? null : "#" + model.sequenceProperty().get(),
                model.sequenceProperty())));
        row("Published", value("published-label", Bindings.createStringBinding(
                () -> model.publishedProperty().get() == null ? null : TIME.format(model.publishedProperty().get()),
                model.publishedProperty())));
        row("Latency", value("latency-label", Bindings.createStringBinding(
                () -> Double.isNaN(model.latencyMillisProperty().get()) ? null
                        : ReaderModel.formatLatency(model.latencyMillisProperty().get()),
                model.latencyMillisProperty())));
        // The row is labelled "Writer" already: "running (pid 123)" rather than "writer running (pid 123)".
        row("Writer", value("writer-label", Bindings.createStringBinding(() -> {
            String status = model.writerStatusProperty().get();
            return status == null ? null : status.replaceFirst("^writer ", "");
        }, model.writerStatusProperty())));
        getChildren().addAll(title, grid);
    }

    private static String size(ImageSnapshot shown) {
        return shown == null ? null : Messages.bytes(shown.bytes().length) + " · " + shown.format();
    }

    private static String dimensions(ImageSnapshot shown) {
        return shown == null ? null : shown.width() + " × " + shown.height() + " px";
    }

    private void row(String key, Label value) {
        Label label = new Label(key);
        label.getStyleClass().add("field-label");
        grid.addRow(rows++, label, value);
    }

    private static Label value(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("field-value", "mono");
        label.textProperty().bind(Bindings.createStringBinding(() -> text.getValue() == null ? "—" : text.getValue(), text));
        label.setMinWidth(0);
        return label;
    }
}
