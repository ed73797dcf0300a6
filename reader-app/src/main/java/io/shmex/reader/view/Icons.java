package io.shmex.reader.view;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * The toolbar's 16 px line icons, drawn as SVG paths so no icon font is needed; they take the
 * button's text colour from {@code reader.css}.
 */
public final class Icons {
    private Icons() {
    }

    /** @return a circular arrow: fetch again */
    public static Node read() {
        return stroke("M13.2 9.4A5.4 5.4 0 1 1 11.8 4.2M12.4 1.6v3h-3");
    }

    /** @return a pulse line: live updates */
    public static Node follow() {
        return stroke("M1.5 8.5h3l1.8-4.5 3.2 8 1.8-3.5h3.2");
    }

    /** @return curly braces: the record */
    public static Node struct() {
        return stroke("M5.6 2.2c-1.4 0-1.9.6-1.9 1.8v1.6c0 1-.5 1.7-1.5 2.4c1 .7 1.5 1.4 1.5 2.4v1.6c0 1.2.5 1.8 1.9 1.8"
                + "M10.4 2.2c1.4 0 1.9.6 1.9 1.8v1.6c0 1 .5 1.7 1.5 2.4c-1 .7-1.5 1.4-1.5 2.4v1.6c0 1.2-.5 1.8-1.9 1.8");
    }

    /** @return an arrow into a tray: save */
    public static Node save() {
        return stroke("M8 1.8v8.4M4.6 7l3.4 3.4 3.4-3.4M2.2 11v3h11.6v-3");
    }

    /** @return two sheets: copy */
    public static Node copy() {
        return stroke("M5.6 5.6h8v8.2h-8zM10.4 5.4V2.2H2.4v8.2h3");
    }

    /** @return a magnifier with a plus */
    public static Node zoomIn() {
        return stroke("M7 2.2a4.8 4.8 0 1 0 0 9.6a4.8 4.8 0 1 0 0-9.6zM10.5 10.5l3.6 3.6M4.8 7h4.4M7 4.8v4.4");
    }

    /** @return a magnifier with a minus */
    public static Node zoomOut() {
        return stroke("M7 2.2a4.8 4.8 0 1 0 0 9.6a4.8 4.8 0 1 0 0-9.6zM10.5 10.5l3.6 3.6M4.8 7h4.4");
    }

    /** @return four corners: fit to window */
    public static Node fit() {
        return stroke("M2.2 6V2.2H6M10 2.2h3.8V6M13.8 10v3.8H10M6 13.8H2.2V10");
    }

    /** @return a picture frame: the empty preview */
    public static Node picture() {
        SVGPath path = new SVGPath();
        path.setContent("M3 5h42v34H3zM3 31l11-11 9 9 7-7 15 15M33 12a4 4 0 1 0 0 8a4 4 0 1 0 0-8z");
        path.getStyleClass().addAll("icon", "icon-large");
        return path;
    }

    private static Node stroke(String content) {
        SVGPath path = new SVGPath();
        path.setContent(content);
        path.getStyleClass().add("icon");
        return path;
    }
}
