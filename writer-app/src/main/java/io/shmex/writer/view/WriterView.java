package io.shmex.writer.view;

import atlantafx.base.theme.Tweaks;
import io.shmex.fx.Messages;
import io.shmex.writer.model.Oversize;
import io.shmex.writer.model.RegionStatus;
import io.shmex.writer.model.WriterModel;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The writer window's content: header bar, banners, preview, struct card and status bar. Holds
 * no state of its own beyond the last folder of the file chooser; everything else is in the
 * {@link WriterModel}.
 */
public final class WriterView extends BorderPane {
    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination WRITE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination WRITE_STRUCT = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final WriterModel model;
    private final HeaderBar header;
    private final PreviewPane preview;
    private final StructPanel struct;
    private final StatusBar statusBar;
    private File lastFolder;

    /** @param model the state to show and act on */
    public WriterView(WriterModel model) {
        this.model = model;
        getStyleClass().add("writer-view");
        header = new HeaderBar(model);
        preview = new PreviewPane(model);
        struct = new StructPanel(model);
        statusBar = new StatusBar(model);

        Button retry = new Button("Retry");
        retry.setOnAction(e -> model.open());
        Banner regionBanner = new Banner("danger", retry);
        Button grow = new Button();
        grow.setOnAction(e -> confirmRecreate());
        Banner sizeBanner = new Banner("warning", grow);

        VBox left = new VBox(12, regionBanner, sizeBanner, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        PublicationsPanel published = new PublicationsPanel(model);
        VBox right = new VBox(16, struct, published);
        // Short windows scroll the side column rather than squeezing the fields.
        ScrollPane side = new ScrollPane(right);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "plain");
        side.setMinWidth(300);
        side.setPrefWidth(324);
        side.setMaxWidth(344);
        HBox workspace = new HBox(16, left, side);
        workspace.getStyleClass().add("workspace");
        workspace.setPadding(new Insets(16));

        setTop(header);
        setCenter(workspace);
        setBottom(statusBar);

        header.open.setOnAction(e -> chooseFile());
        header.paste.setOnAction(e -> paste());
        header.write.setOnAction(e -> model.publishImage());

        model.regionProperty().subscribe((RegionStatus s) -> {
            if (s.problem() != null) {
                regionBanner.show(s.blockedByOtherWriter() ? "Another writer is active" : "Region unavailable",
                        s.problem() + " Publishing is disabled until this window can become the writer.");
            } else {
                regionBanner.hide();
            }
        });
        model.oversizeProperty().subscribe((Oversize o) -> {
            if (o == null) {
                sizeBanner.hide();
                return;
            }
            grow.setText("Recreate with " + Messages.bytes(o.suggestedCapacity()) + "…");
            sizeBanner.show("Image too large for the region",
                    "The image needs " + Messages.bytes(o.needed()) + " but the region holds "
                            + Messages.bytes(o.capacity()) + ". The previous publication stays as it is.");
        });
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> preview.stage.pseudoClassStateChanged(PreviewPane.DROP_TARGET, false));
        setOnDragDropped(this::dragDropped);
    }

    /**
     * Adds the keyboard shortcuts: Ctrl+O open, Ctrl+Enter write image, Ctrl+Shift+Enter write
     * struct, Ctrl+V paste (outside text fields, which keep their own paste).
     *
     * @param scene the scene this view is the root of
     */
    public void installShortcuts(Scene scene) {
        // Nothing focused at first: no focus ring on Open, and Ctrl+V pastes an image at once.
        scene.windowProperty().subscribe(w -> {
            if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> requestFocus());
                Platform.runLater(this::requestFocus);
            }
        });
        scene.getAccelerators().put(OPEN, this::chooseFile);
        scene.getAccelerators().put(WRITE, () -> {
            if (model.canPublishImageProperty().get()) {
                model.publishImage();
            }
        });
        scene.getAccelerators().put(WRITE_STRUCT, () -> {
            if (model.canPublishStructProperty().get()) {
                model.publishStruct();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
                paste();
            }
        });
    }

    /** Pastes an image, or the first file of a file list, from the system clipboard. */
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            model.loadImage(clipboard.getFiles().getFirst().toPath());
        } else if (clipboard.hasImage() && clipboard.getImage() != null) {
            model.loadImage("clipboard.png", clipboard.getImage());
        } else {
            model.reportProblem("The clipboard holds no image and no image file.");
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an image to publish");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("All images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp",
                        "*.PNG", "*.JPG", "*.JPEG", "*.GIF", "*.BMP"),
                new FileChooser.ExtensionFilter("PNG", "*.png", "*.PNG"),
                new FileChooser.ExtensionFilter("JPEG", "*.jpg", "*.jpeg", "*.JPG", "*.JPEG"),
                new FileChooser.ExtensionFilter("GIF", "*.gif", "*.GIF"),
                new FileChooser.ExtensionFilter("BMP", "*.bmp", "*.BMP"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            lastFolder = file.getParentFile();
            model.loadImage(file.toPath());
        }
    }

    private void confirmRecreate() {
        Oversize o = model.oversizeProperty().get();
        if (o == null) {
            return;
        }
        String size = Messages.bytes(o.suggestedCapacity());
        ButtonType go = new ButtonType("Recreate and write", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", go, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setTitle("Recreate region");
        alert.setHeaderText("Recreate the region with " + size + " for images?");
        alert.setContentText("The region file is replaced by a new one of " + size + ". Readers notice and"
                + " reconnect by themselves. The image is then written to the new region.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == go) {
            model.recreateRegion(o.suggestedCapacity()).thenAccept(ok -> {
                if (ok) {
                    model.publishImage();
                }
            });
        }
    }

    private void dragOver(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (e.getGestureSource() == null && (board.hasFiles() || board.hasImage())) {
            e.acceptTransferModes(TransferMode.COPY);
            preview.stage.pseudoClassStateChanged(PreviewPane.DROP_TARGET, true);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        List<File> files = board.hasFiles() ? board.getFiles() : List.of();
        boolean done = true;
        if (!files.isEmpty()) {
            model.loadImage(files.getFirst().toPath());
        } else if (board.hasImage() && board.getImage() != null) {
            model.loadImage("dropped.png", board.getImage());
        } else {
            done = false;
        }
        preview.stage.pseudoClassStateChanged(PreviewPane.DROP_TARGET, false);
        e.setDropCompleted(done);
        e.consume();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
