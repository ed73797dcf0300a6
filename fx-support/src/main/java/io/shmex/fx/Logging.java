package io.shmex.fx;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.core.Appender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Logging set-up shared by the apps: a console log and a rolling file in the user's log folder,
 * where JavaFX's own {@code System.Logger} output also lands (via slf4j-jdk-platform-logging).
 */
public final class Logging {
    /** System property holding the log folder; read by {@code logback.xml}. */
    public static final String LOG_DIR = "shmex.logDir";
    /** System property holding the app name, the log file's base name. */
    public static final String APP = "shmex.app";

    private Logging() {
    }

    /**
     * Sets the log folder and file name. Must run before the first logger is created, because
     * logback reads both properties once, when it configures itself. Values already given with
     * {@code -D} win.
     *
     * @param appName e.g. {@code shmex-writer}; the log file is {@code <logDir>/<appName>.log}
     */
    public static void init(String appName) {
        if (System.getProperty(APP) == null) {
            System.setProperty(APP, appName);
        }
        if (System.getProperty(LOG_DIR) == null) {
            System.setProperty(LOG_DIR, defaultLogDir().toString());
        }
        try {
            Files.createDirectories(Path.of(System.getProperty(LOG_DIR)));
        } catch (IOException | RuntimeException e) {
            // The file appender reports it; the app must still start without a log folder.
        }
    }

    /** @return the current log file, for pointing users at it in error dialogs */
    public static Path logFile() {
        String dir = System.getProperty(LOG_DIR, defaultLogDir().toString());
        return Path.of(dir, System.getProperty(APP, "shmex") + ".log");
    }

    /**
     * Stops console logging; the file keeps everything. Command-line modes call this so their
     * stdout/stderr carry only their documented output.
     */
    public static void quietConsole() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Appender<?> console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        if (console instanceof ch.qos.logback.core.ConsoleAppender<?> appender) {
            @SuppressWarnings("unchecked")
            var typed = (ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) appender;
            typed.clearAllFilters();
            ThresholdFilter off = new ThresholdFilter();
            off.setLevel(Level.OFF.levelStr);
            off.start();
            typed.addFilter(off);
        }
    }

    /**
     * The platform's folder for application logs.
     *
     * @return {@code $XDG_STATE_HOME/shmex} or {@code ~/.local/state/shmex} on Linux,
     *     {@code ~/Library/Logs/shmex} on macOS, {@code %LOCALAPPDATA%\shmex\logs} on Windows
     */
    public static Path defaultLogDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local"))
                    .resolve("shmex").resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Logs/shmex");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state != null && !state.isBlank() && Path.of(state).isAbsolute() ? Path.of(state)
                : home.resolve(".local/state")).resolve("shmex");
    }
}
