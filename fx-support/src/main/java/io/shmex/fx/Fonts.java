package io.shmex.fx;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the apps' fonts from the FlatLaf font jars, so the UI looks the same on every machine
 * instead of depending on what fonts the OS happens to have.
 */
public final class Fonts {
    /** The UI font family (Inter). */
    public static final String UI_FAMILY = "Inter";
    /** The font family for numbers, paths and stack traces (JetBrains Mono). */
    public static final String MONO_FAMILY = "JetBrains Mono";

    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static final String INTER = "/com/formdev/flatlaf/fonts/inter/Inter-";
    private static final String MONO = "/com/formdev/flatlaf/fonts/jetbrains_mono/JetBrainsMono-";
    private static final List<String> RESOURCES = List.of(
            INTER + "Regular.otf", INTER + "SemiBold.otf", INTER + "Bold.otf", INTER + "Italic.otf",
            MONO + "Regular.ttf", MONO + "Bold.ttf");
    private static boolean loaded;

    private Fonts() {
    }

    /**
     * Registers the fonts with JavaFX. Idempotent; a missing or broken font is logged and
     * skipped, and CSS then falls back to the system font. Needs the JavaFX toolkit.
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String resource : RESOURCES) {
            try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    LOG.warn("Font not on the classpath: {}", resource);
                    continue;
                }
                Font font = Font.loadFont(in, 13);
                if (font == null) {
                    LOG.warn("JavaFX could not load font {}", resource);
                } else {
                    LOG.debug("Loaded font {} (family {})", font.getName(), font.getFamily());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not load font {}: {}", resource, e.toString());
            }
        }
    }
}
