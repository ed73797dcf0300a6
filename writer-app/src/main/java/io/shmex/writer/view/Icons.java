package io.shmex.writer.view;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;

/** Small line icons drawn as paths, coloured by CSS ({@code .icon}) so they follow the theme. */
final class Icons {
    private Icons() {
    }

    static Node open() {
        return icon("M1.75 4.25v8.5h12.5v-7h-6.5l-1.5-1.5z");
    }

    static Node paste() {
        return icon("M5.5 2.25h5v2.5h-5z M10.5 3.25h2.25v11h-9.5v-11h2.25");
    }

    static Node write() {
        return icon("M8 11.25v-9 M4.5 5.5l3.5-3.5l3.5 3.5 M2.5 13.75h11");
    }

    private static Node icon(String content) {
        SVGPath path = new SVGPath();
        path.setContent(content);
        path.getStyleClass().add("icon");
        // A fixed 16×16 box keeps buttons the same height whatever the path's bounds.
        Rectangle box = new Rectangle(16, 16);
        box.setFill(null);
        box.setStroke(null);
        return new Group(box, path);
    }
}
