package io.shmex.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.SVGPath;

/**
 * AtlantaFX Primer light/dark for the whole app, following the OS colour scheme unless the user
 * picks one, plus the app stylesheet ({@code shmex.css}). All methods run on the FX thread.
 */
public final class Theme {
    /** Which theme to use. */
    public enum Mode {
        /** Follow the OS colour scheme. */
        AUTO,
        /** Always Primer Light. */
        LIGHT,
        /** Always Primer Dark. */
        DARK
    }

    /** The app stylesheet: fonts, {@code .mono}, status bar, panels. */
    public static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("shmex.css"), "shmex.css").toExternalForm();

    private static final ObjectProperty<Mode> MODE = new SimpleObjectProperty<>(Mode.AUTO);
    private static final ReadOnlyBooleanWrapper DARK = new ReadOnlyBooleanWrapper();
    private static boolean listening;

    private Theme() {
    }

    /**
     * Applies the theme (once per app) and adds the app stylesheet and fonts to {@code scene}.
     *
     * @param scene a scene of the app; call for dialogs' scenes too if they need {@code .mono}
     */
    public static void install(Scene scene) {
        Fonts.load();
        if (!listening) {
            listening = true;
            MODE.addListener((obs, old, mode) -> apply());
            Platform.getPreferences().colorSchemeProperty().addListener((obs, old, scheme) -> apply());
            apply();
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    /** @return the chosen mode; set it to switch themes at once */
    public static ObjectProperty<Mode> modeProperty() {
        return MODE;
    }

    /** @return true while the dark theme is in use */
    public static ReadOnlyBooleanProperty darkProperty() {
        return DARK.getReadOnlyProperty();
    }

    /**
     * A small flat button that cycles auto, light and dark, showing the current mode as an icon.
     *
     * @return a new button; each call makes another, all bound to {@link #modeProperty()}
     */
    public static Node toggleButton() {
        Button button = new Button();
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "theme-toggle");
        button.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        button.setTooltip(tip);
        Runnable update = () -> {
            Mode mode = MODE.get();
            button.setGraphic(icon(mode));
            String text = switch (mode) {
                case AUTO -> "Theme: follows the system";
                case LIGHT -> "Theme: light";
                case DARK -> "Theme: dark";
            };
            tip.setText(text + " (click to change)");
            button.setAccessibleText(text);
        };
        MODE.addListener((obs, old, mode) -> update.run());
        update.run();
        button.setOnAction(e -> MODE.set(Mode.values()[(MODE.get().ordinal() + 1) % Mode.values().length]));
        return button;
    }

    private static void apply() {
        boolean dark = switch (MODE.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case AUTO -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        DARK.set(dark);
    }

    private static Node icon(Mode mode) {
        return switch (mode) {
            case LIGHT -> shape("M8 4.6a3.4 3.4 0 1 0 0 6.8a3.4 3.4 0 1 0 0-6.8z"
                    + "M8 .8v1.9M8 13.3v1.9M.8 8h1.9M13.3 8h1.9M2.9 2.9l1.3 1.3M11.8 11.8l1.3 1.3"
                    + "M2.9 13.1l1.3-1.3M11.8 4.2l1.3-1.3", true);
            case DARK -> shape("M6.2 1.2a6.9 6.9 0 1 0 8.6 8.6a5.6 5.6 0 0 1-8.6-8.6z", false);
            case AUTO -> new Group(shape("M8 1.2a6.8 6.8 0 1 0 0 13.6a6.8 6.8 0 1 0 0-13.6z", true),
                    shape("M8 1.2a6.8 6.8 0 0 0 0 13.6z", false));
        };
    }

    private static SVGPath shape(String content, boolean outlined) {
        SVGPath path = new SVGPath();
        path.setContent(content);
        path.getStyleClass().add(outlined ? "theme-icon-stroke" : "theme-icon-fill");
        return path;
    }
}
