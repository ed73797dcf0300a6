package io.shmex.reader.view;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.shmex.reader.model.ConnectionState;
import io.shmex.reader.model.ReaderModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The image on a neutral background: fit to the window or at a chosen zoom, scrolling when larger
 * than the view, with a placeholder while there is nothing to show and a banner for problems.
 */
public final class ImagePane extends StackPane {
    private static final double MIN_ZOOM = 0.02;
    private static final double MAX_ZOOM = 32;
    private static final double STEP = 1.25;
    /** Space around a fitted image, so it does not touch the frame. */
    private static final double MARGIN = 16;

    private final ReaderModel model;
    private final ImageView view = new ImageView();
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane canvas = new StackPane(view);
    private final BooleanProperty fit = new SimpleBooleanProperty(this, "fit", true);
    /** The zoom chosen while not fitting. */
    private double chosenZoom = 1;
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);

    /** @param model the reader's state */
    public ImagePane(ReaderModel model) {
        this.model = model;
        getStyleClass().addAll("preview", "image-pane");
        view.setId("image-view");
        view.setPreserveRatio(true);
        view.imageProperty().bind(model.imageProperty());
        canvas.getStyleClass().add("image-canvas");
        canvas.setAlignment(Pos.CENTER);
        scroll.setContent(canvas);
        scroll.getStyleClass().addAll("image-scroll", Tweaks.EDGE_TO_EDGE);
        scroll.setPannable(true);
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> layoutImage());
        canvas.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        canvas.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        model.imageProperty().addListener((obs, old, image) -> layoutImage());
        fit.addListener((obs, old, on) -> layoutImage());
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                if (e.getDeltaY() > 0) {
                    zoomIn();
                } else {
                    zoomOut();
                }
                e.consume();
            }
        });
        getChildren().addAll(scroll, placeholder(), banner());
    }

    private VBox placeholder() {
        Label title = new Label();
        title.getStyleClass().add("placeholder-title");
        title.setId("placeholder-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> placeholderTitle(),
                model.stateProperty(), model.messageProperty(), model.statusTextProperty()));
        Label text = new Label();
        text.getStyleClass().add("placeholder");
        text.setId("message-label");
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.textProperty().bind(Bindings.createStringBinding(() -> placeholderText(),
                model.stateProperty(), model.messageProperty()));
        VBox box = new VBox(10, Icons.picture(), title, text);
        box.setAlignment(Pos.CENTER);
        box.setMouseTransparent(true);
        box.getStyleClass().add("placeholder-box");
        box.visibleProperty().bind(model.imageProperty().isNull());
        return box;
    }

    private String placeholderTitle() {
        if (model.stateProperty().get() == ConnectionState.ERROR) {
            return "Cannot use this region";
        }
        if (model.messageProperty().get() != null) {
            return "Cannot show the image";
        }
        return switch (model.stateProperty().get()) {
            case WAITING -> model.statusTextProperty().get();
            case ERROR -> "Cannot use this region";
            case CONNECTED, WRITER_GONE -> "No image yet";
        };
    }

    private String placeholderText() {
        if (model.messageProperty().get() != null) {
            return model.messageProperty().get();
        }
        ConnectionState state = model.stateProperty().get();
        return switch (state) {
            case WAITING -> "Start a writer on this region; the reader connects by itself.";
            case ERROR -> model.statusTextProperty().get();
            case CONNECTED, WRITER_GONE -> "Press Read (F5) to fetch the latest image, or turn on Follow.";
        };
    }

    /** A banner over a shown image, for problems that do not replace it. */
    private Message banner() {
        Message banner = new Message();
        banner.setId("message-banner");
        banner.getStyleClass().addAll(Styles.WARNING, "image-banner");
        banner.descriptionProperty().bind(model.messageProperty());
        BooleanProperty dismissed = new SimpleBooleanProperty();
        model.messageProperty().addListener((obs, old, text) -> dismissed.set(false));
        banner.visibleProperty().bind(model.messageProperty().isNotNull()
                .and(model.imageProperty().isNotNull()).and(dismissed.not()));
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setOnClose(e -> dismissed.set(true));
        banner.setMaxHeight(USE_PREF_SIZE);
        banner.setMaxWidth(520);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, new javafx.geometry.Insets(12));
        return banner;
    }

    private void layoutImage() {
        Image image = view.getImage();
        if (image == null || image.getWidth() <= 0) {
            return;
        }
        double s = fit.get() ? fitScale(image) : chosenZoom;
        view.setFitWidth(image.getWidth() * s);
        view.setFitHeight(image.getHeight() * s);
        // Sharp pixels when enlarging, smooth when shrinking.
        view.setSmooth(s < 1);
        scale.set(s);
    }

    private double fitScale(Image image) {
        Bounds viewport = scroll.getViewportBounds();
        double w = Math.max(1, viewport.getWidth() - 2 * MARGIN);
        double h = Math.max(1, viewport.getHeight() - 2 * MARGIN);
        double fill = Math.min(w / image.getWidth(), h / image.getHeight());
        // Shrink large images to fit; enlarge small ones only by whole steps, so pixels stay square and sharp.
        return clamp(fill >= 2 ? Math.floor(fill) : Math.min(fill, 1));
    }

    private static double clamp(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** Zooms in one step from the current scale. */
    public void zoomIn() {
        setZoom(scale.get() * STEP);
    }

    /** Zooms out one step from the current scale. */
    public void zoomOut() {
        setZoom(scale.get() / STEP);
    }

    /** Shows the image at its own size. */
    public void actualSize() {
        setZoom(1);
    }

    /** Fits the image to the window. */
    public void fitToWindow() {
        fit.set(true);
        layoutImage();
    }

    private void setZoom(double zoom) {
        chosenZoom = clamp(zoom);
        fit.set(false);
        layoutImage();
    }

    /** @return true while the image is fitted to the window; false shows it at the chosen zoom */
    public BooleanProperty fitProperty() {
        return fit;
    }

    /** @return the scale the image is shown at, 1 = 100% */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** @return the image view, for tests and snapshots */
    public ImageView imageView() {
        return view;
    }
}
