package io.shmex.reader.view;

import io.shmex.fx.ErrorDialog;
import io.shmex.fx.Messages;
import io.shmex.fx.Theme;
import io.shmex.reader.model.ImageSnapshot;
import io.shmex.reader.model.ReaderModel;
import io.shmex.reader.model.StructFetch;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** What the toolbar buttons and shortcuts do beyond changing the model: dialogs, files, clipboard. */
public final class ReaderActions {
    private final ReaderModel model;
    private final StatusBar status;
    private final Window owner;
    private BiFunction<Window, ImageSnapshot, Path> saveTarget = ReaderActions::chooseFile;

    /**
     * @param model the reader's state
     * @param status for short confirmations
     * @param owner the main window, owner of dialogs
     */
    public ReaderActions(ReaderModel model, StatusBar status, Window owner) {
        this.model = model;
        this.status = status;
        this.owner = owner;
    }

    /** Fetches the latest image. */
    public void read() {
        model.read();
    }

    /** Reads the record and shows it in a dialog, as the original reader did, and in the struct card. */
    public void showStruct() {
        model.readStruct().thenAccept(fetch -> Platform.runLater(() -> structDialog(fetch).show()));
    }

    /**
     * The dialog for a record: its text exactly as the original printed it, or why there is none.
     *
     * @param fetch what was read
     * @return the alert, not yet shown
     */
    Alert structDialog(StructFetch fetch) {
        Alert alert;
        if (fetch.ok()) {
            alert = new Alert(Alert.AlertType.INFORMATION, fetch.value().toString(), ButtonType.OK);
            alert.setTitle("TestData");
            alert.setHeaderText("TestData · sequence " + fetch.sequence());
            alert.getDialogPane().getStyleClass().add("struct-dialog");
        } else {
            alert = new Alert(Alert.AlertType.WARNING, fetch.message(), ButtonType.OK);
            alert.setTitle("TestData");
            alert.setHeaderText("No record to show");
        }
        alert.getDialogPane().setId("struct-dialog");
        // Wide enough for the record on one line, as the original message box showed it.
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().getStylesheets().addAll(Theme.STYLESHEET, ReaderView.STYLESHEET);
        alert.initOwner(owner);
        return alert;
    }

    /** Asks where to save and writes the original image bytes there. */
    public void save() {
        ImageSnapshot shown = model.snapshotProperty().get();
        if (shown == null) {
            return;
        }
        Path target = saveTarget.apply(owner, shown);
        if (target == null) {
            return;
        }
        model.save(target).whenComplete((path, error) -> Platform.runLater(() -> {
            if (error != null) {
                ErrorDialog.show(owner, "Saving failed", error);
            } else {
                status.flash("Saved " + Messages.bytes(shown.bytes().length) + " to " + path);
            }
        }));
    }

    /** Puts the shown image, and its path as text, on the clipboard. */
    public void copy() {
        ImageSnapshot shown = model.snapshotProperty().get();
        if (shown == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(shown.image());
        content.putString(shown.path());
        Clipboard.getSystemClipboard().setContent(content);
        status.flash("Image copied to the clipboard");
    }

    /**
     * Replaces the save dialog, e.g. in tests, where no native file chooser can be driven.
     *
     * @param chooser returns the file to write, or null to cancel
     */
    public void setSaveTarget(BiFunction<Window, ImageSnapshot, Path> chooser) {
        this.saveTarget = Objects.requireNonNull(chooser, "chooser");
    }

    private static Path chooseFile(Window owner, ImageSnapshot shown) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save image");
        chooser.setInitialFileName(shown.fileName());
        String ext = extension(shown.fileName(), shown.format());
        if (!ext.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(shown.format() + " image", "*." + ext));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    private static String extension(String fileName, String format) {
        int dot = fileName.lastIndexOf('.');
        if (dot > 0 && dot < fileName.length() - 1) {
            return fileName.substring(dot + 1);
        }
        return "image".equals(format) ? "" : format.toLowerCase(Locale.ROOT);
    }
}
