package io.shmex.reader.view;

import atlantafx.base.theme.Styles;
import io.shmex.reader.model.ReaderModel;
import io.shmex.record.TestData;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The side card showing the last TestData record: Id, Age and the ten scores in a grid. */
public final class StructCard extends VBox {
    private static final int COLUMNS = 5;
    private final Label id = number("struct-id");
    private final Label age = number("struct-age");
    private final Label[] scores = new Label[TestData.SCORE_COUNT];

    /** @param model the reader's state */
    public StructCard(ReaderModel model) {
        getStyleClass().addAll("panel", "struct-card");
        Label title = new Label("Record");
        title.getStyleClass().add("panel-title");
        Label caption = new Label();
        caption.getStyleClass().add("caption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> model.recordSequenceProperty().get() == 0
                ? "TestData" : "TestData · #" + model.recordSequenceProperty().get(), model.recordSequenceProperty()));
        HBox header = new HBox(8, title, new atlantafx.base.controls.Spacer(), caption);
        header.setAlignment(Pos.BASELINE_LEFT);

        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(76);
        fields.getColumnConstraints().add(keys);
        fields.addRow(0, key("Id"), id);
        fields.addRow(1, key("Age"), age);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("score-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = number("struct-score-" + i);
            Label index = new Label(String.valueOf(i));
            index.getStyleClass().add("score-index");
            VBox cell = new VBox(0, index, scores[i]);
            cell.getStyleClass().add("score-cell");
            cell.setAlignment(Pos.CENTER);
            cell.setMaxWidth(Double.MAX_VALUE);
            grid.add(cell, i % COLUMNS, i / COLUMNS);
        }

        Label problem = new Label();
        problem.setId("struct-message");
        problem.getStyleClass().addAll("struct-message", Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.textProperty().bind(model.structMessageProperty());
        problem.visibleProperty().bind(model.structMessageProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        Label scoresLabel = key("Scores");
        getChildren().addAll(header, fields, scoresLabel, grid, problem);
        model.testDataProperty().addListener((obs, old, value) -> show(value));
        show(model.testDataProperty().get());
    }

    private void show(TestData value) {
        id.setText(value == null ? "—" : String.valueOf(value.id()));
        age.setText(value == null ? "—" : String.valueOf(value.age()));
        int[] values = value == null ? null : value.scores();
        for (int i = 0; i < scores.length; i++) {
            scores[i].setText(values == null ? "—" : String.valueOf(values[i]));
        }
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label number(String id) {
        Label label = new Label("—");
        label.setId(id);
        label.getStyleClass().addAll("field-value", "mono");
        return label;
    }
}
