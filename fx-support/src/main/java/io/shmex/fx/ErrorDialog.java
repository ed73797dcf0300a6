package io.shmex.fx;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: anything no code caught is logged and shown in one alert with the
 * stack trace behind "Show details". Never blocks the caller and never piles up dialogs: while
 * one is open, later errors only bump a counter in it.
 */
public final class ErrorDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    private static final Thread.UncaughtExceptionHandler HANDLER = (thread, e) -> report(thread, e);
    /** Errors seen while the current alert is open; -1 when none is open. */
    private static final AtomicInteger OPEN = new AtomicInteger(-1);
    private static Alert current;

    private ErrorDialog() {
    }

    /**
     * Installs the handler for every thread, including the FX application thread once the
     * toolkit runs. Safe to call from any thread, before or after the toolkit started.
     */
    public static void installUncaughtHandler() {
        Thread.setDefaultUncaughtExceptionHandler(HANDLER);
        try {
            if (Platform.isFxApplicationThread()) {
                Thread.currentThread().setUncaughtExceptionHandler(HANDLER);
            } else {
                Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(HANDLER));
            }
        } catch (IllegalStateException toolkitNotStarted) {
            // The FX thread does not exist yet; it falls back to the default handler.
        }
    }

    /**
     * Shows an error alert without waiting for it to close. Safe from any thread.
     *
     * @param owner the window to centre on, or null
     * @param title the window title, e.g. "Publishing failed"
     * @param t the error
     */
    public static void show(Window owner, String title, Throwable t) {
        if (!Platform.isFxApplicationThread()) {
            runLater(() -> show(owner, title, t));
            return;
        }
        if (!OPEN.compareAndSet(-1, 0)) {
            int more = OPEN.incrementAndGet();
            if (current != null) {
                current.setContentText(contentText(more));
            }
            return;
        }
        Alert alert = create(owner, title, t);
        current = alert;
        alert.setOnHidden(e -> {
            current = null;
            OPEN.set(-1);
        });
        alert.show();
    }

    /**
     * Builds, without showing, the alert {@link #show} would show.
     *
     * @param owner the owner window or null
     * @param title the window title
     * @param t the error
     * @return the alert
     */
    public static Alert create(Window owner, String title, Throwable t) {
        Alert alert = new Alert(Alert.AlertType.ERROR, contentText(0), ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.NONE);
        alert.setTitle(title);
        alert.setHeaderText(Messages.describe(t));
        alert.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        TextArea trace = new TextArea(stackTrace(t));
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.getStyleClass().add("error-details");
        trace.setPrefRowCount(14);
        VBox.setVgrow(trace, Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(new VBox(6, new Label("Stack trace:"), trace));
        alert.getDialogPane().setMinWidth(520);
        return alert;
    }

    private static void report(Thread thread, Throwable e) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), e);
        if (headless()) {
            return;
        }
        show(null, "Unexpected error", e);
    }

    private static String contentText(int more) {
        String text = "The app keeps running. Details are in " + Logging.logFile() + ".";
        return more > 0 ? text + "\n" + more + " more error" + (more == 1 ? "" : "s") + " since; see the log." : text;
    }

    /** Headless and test runs only log: nobody could close the dialog. */
    private static boolean headless() {
        return "Headless".equalsIgnoreCase(System.getProperty("glass.platform"))
                || Boolean.getBoolean("testfx.headless");
    }

    private static void runLater(Runnable r) {
        try {
            Platform.runLater(r);
        } catch (IllegalStateException toolkitNotRunning) {
            LOG.debug("No JavaFX toolkit; error dialog skipped");
        }
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
