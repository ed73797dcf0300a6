package io.shmex.writer.view;

import io.shmex.writer.model.ImageSelection;
import io.shmex.writer.model.WriterModel;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.Rectangle;

/**
 * The selected image, scaled down to fit (never up), over a subtle checkerboard so transparent
 * images read as such; below it the full path (selectable) and size, dimensions and format.
 */
final class PreviewPane extends VBox {
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final double INSET = 24;

    final StackPane stage = new StackPane();
    final TextField path = new TextField();
    private final ImageView view = new ImageView();
    private final Label summary = new Label();
    private final VBox placeholder;

    PreviewPane(WriterModel model) {
        getStyleClass().add("preview-box");
        setSpacing(8);

        Region checker = new Region();
        checker.setBackground(new Background(new BackgroundFill(checkerPattern(), new CornerRadii(8), Insets.EMPTY)));
        checker.setMouseTransparent(true);
        view.setPreserveRatio(true);
        view.setSmooth(true);

        Label hint = new Label("Drop an image here, paste one with Ctrl+V, or choose one with Open… (Ctrl+O).");
        hint.getStyleClass().add("placeholder");
        hint.setWrapText(true);
        Label heading = new Label("No image yet");
        heading.getStyleClass().add("placeholder-title");
        placeholder = new VBox(6, heading, hint);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setMaxWidth(360);

        stage.getStyleClass().add("preview");
        stage.getChildren().addAll(checker, placeholder, view);
        stage.setMinSize(200, 150);
        VBox.setVgrow(stage, Priority.ALWAYS);
        Rectangle clip = new Rectangle();
        clip.setArcWidth(16);
        clip.setArcHeight(16);
        clip.widthProperty().bind(stage.widthProperty());
        clip.heightProperty().bind(stage.heightProperty());
        stage.setClip(clip);
        stage.layoutBoundsProperty().subscribe(b -> fit());

        path.setEditable(false);
        path.getStyleClass().addAll("copyable", "mono");
        path.setPromptText("No image selected");
        path.setFocusTraversable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        summary.getStyleClass().addAll("mono", "caption");
        summary.setMinWidth(USE_PREF_SIZE);
        HBox info = new HBox(12, path, summary);
        info.setAlignment(Pos.CENTER_LEFT);
        info.setPadding(new Insets(0, 4, 0, 4));
        getChildren().addAll(stage, info);

        model.imageProperty().subscribe(this::show);
    }

    private void show(ImageSelection image) {
        placeholder.setVisible(image == null);
        view.setImage(image == null ? null : image.preview());
        path.setText(image == null ? "" : image.path());
        summary.setText(image == null ? "" : image.summary());
        fit();
    }

    private void fit() {
        var img = view.getImage();
        if (img == null) {
            return;
        }
        double w = Math.max(1, stage.getWidth() - 2 * INSET);
        double h = Math.max(1, stage.getHeight() - 2 * INSET);
        double scale = Math.min(1, Math.min(w / img.getWidth(), h / img.getHeight()));
        view.setFitWidth(img.getWidth() * scale);
        view.setFitHeight(img.getHeight() * scale);
    }

    private static ImagePattern checkerPattern() {
        int cell = 10;
        WritableImage tile = new WritableImage(2 * cell, 2 * cell);
        Color shade = Color.gray(0.5, 0.10);
        for (int y = 0; y < 2 * cell; y++) {
            for (int x = 0; x < 2 * cell; x++) {
                boolean dark = (x / cell + y / cell) % 2 == 0;
                tile.getPixelWriter().setColor(x, y, dark ? shade : Color.TRANSPARENT);
            }
        }
        return new ImagePattern(tile, 0, 0, 2 * cell, 2 * cell, false);
    }
}
