package io.shmex.writer.view;

import io.shmex.fx.Messages;
import io.shmex.record.TestData;
import io.shmex.writer.model.Publication;
import io.shmex.writer.model.WriterModel;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** A small card with what this window last wrote to each slot. */
final class PublicationsPanel extends VBox {
    final Label image = value();
    final Label struct = value();

    PublicationsPanel(WriterModel model) {
        getStyleClass().addAll("panel", "publications");
        Label title = new Label("Last written");
        title.getStyleClass().add("panel-title");
        Label record = value();
        record.setWrapText(true);
        record.getStyleClass().add("caption");
        GridPane.setMargin(record, new javafx.geometry.Insets(4, 0, 0, 0));

        GridPane rows = new GridPane();
        rows.setHgap(12);
        rows.setVgap(4);
        rows.getColumnConstraints().addAll(new ColumnConstraints(52), new ColumnConstraints());
        rows.addRow(0, caption("Image"), image);
        rows.addRow(1, caption("Record"), struct);
        rows.add(record, 0, 2, 2, 1);

        getChildren().addAll(title, rows);
        model.lastImageProperty().subscribe(p -> image.setText(text(p)));
        model.lastStructProperty().subscribe(p -> struct.setText(text(p)));
        model.lastStructValueProperty().subscribe((TestData v) -> {
            record.setText(v == null ? "" : "Id=" + v.id() + ", Age=" + v.age() + "\nScores="
                    + Arrays.stream(v.scores()).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
            record.setVisible(v != null);
            record.setManaged(v != null);
        });
    }

    private static String text(Publication p) {
        return p == null ? "nothing yet" : "seq " + p.sequence() + " · " + Messages.bytes(p.bytes()) + " · "
                + Publication.duration(p.nanos());
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label value() {
        Label label = new Label();
        label.getStyleClass().add("mono");
        return label;
    }
}
