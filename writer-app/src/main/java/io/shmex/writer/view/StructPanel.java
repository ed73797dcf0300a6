package io.shmex.writer.view;

import atlantafx.base.theme.Styles;
import io.shmex.record.TestData;
import io.shmex.writer.model.IntField;
import io.shmex.writer.model.WriterModel;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The TestData card: Id, Age and ten Scores, validated as you type, and Write struct. */
final class StructPanel extends VBox {
    /** Width of the label column, the same for Id/Age and the score indexes so fields line up. */
    private static final double INDEX_WIDTH = 30;
    final Button write = new Button("Write struct");
    final Button reset = new Button("Reset");

    StructPanel(WriterModel model) {
        getStyleClass().add("panel");
        Label title = new Label("TestData record");
        title.getStyleClass().add("panel-title");
        Label subtitle = new Label("int Id, int Age, int[10] Scores · " + TestData.CODEC.byteSize()
                + " bytes, packed little-endian like the .NET struct");
        subtitle.getStyleClass().add("panel-subtitle");
        subtitle.setWrapText(true);

        GridPane head = grid();
        head.setHgap(8);
        head.addRow(0, label("Id"), field(model.struct().id()));
        head.addRow(1, label("Age"), field(model.struct().age()));

        Label scoresTitle = new Label("Scores");
        scoresTitle.getStyleClass().add("section-title");
        GridPane scores = new GridPane();
        scores.setHgap(8);
        scores.setVgap(6);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints idx = new ColumnConstraints(INDEX_WIDTH);
            idx.setHalignment(HPos.LEFT);
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.ALWAYS);
            value.setFillWidth(true);
            scores.getColumnConstraints().addAll(idx, value);
        }
        var fields = model.struct().scores();
        for (int i = 0; i < fields.size(); i++) {
            int col = i / 5 * 2;
            Label index = label("[" + i + "]");
            index.getStyleClass().add("mono");
            scores.add(index, col, i % 5);
            scores.add(field(fields.get(i)), col + 1, i % 5);
        }

        write.setId("write-struct");
        reset.setId("reset-struct");
        write.getStyleClass().add(Styles.ACCENT);
        write.setTooltip(new Tooltip("Publish the record to the region (Ctrl+Shift+Enter)"));
        write.disableProperty().bind(model.canPublishStructProperty().not());
        write.setOnAction(e -> model.publishStruct());
        reset.getStyleClass().add(Styles.FLAT);
        reset.setTooltip(new Tooltip("Back to the tutorial's values: 100, 20, 60…69"));
        reset.setOnAction(e -> model.struct().set(TestData.sample()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, reset, spacer, write);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        Runnable showProblem = () -> {
            var bad = model.struct().invalidFields();
            problem.setVisible(!bad.isEmpty());
            problem.setText(bad.isEmpty() ? "" : bad.getFirst().label() + ": " + bad.getFirst().errorProperty().get()
                    + (bad.size() > 1 ? " (" + (bad.size() - 1) + " more)" : ""));
        };
        model.struct().validProperty().subscribe(v -> showProblem.run());
        for (IntField f : allFields(model)) {
            f.errorProperty().subscribe(e -> showProblem.run());
        }

        getChildren().addAll(new VBox(2, title, subtitle), head, scoresTitle, scores, problem, actions);
        setFillWidth(true);
    }

    private static java.util.List<IntField> allFields(WriterModel model) {
        var all = new java.util.ArrayList<IntField>();
        all.add(model.struct().id());
        all.add(model.struct().age());
        all.addAll(model.struct().scores());
        return all;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(INDEX_WIDTH);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    /** A text field bound to {@code field}, red with a tooltip while it is not an int32. */
    private static TextField field(IntField field) {
        TextField text = new TextField();
        text.getStyleClass().addAll("mono", "number-field");
        text.setId("field-" + field.label().replaceAll("\\W", ""));
        text.setAccessibleText(field.label());
        text.setPrefColumnCount(8);
        text.textProperty().bindBidirectional(field.textProperty());
        Tooltip tip = new Tooltip();
        field.errorProperty().subscribe(error -> {
            text.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
            tip.setText(error == null ? "" : field.label() + ": " + error);
            text.setTooltip(error == null ? null : tip);
        });
        return text;
    }
}
