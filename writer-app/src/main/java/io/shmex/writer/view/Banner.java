package io.shmex.writer.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** An inline message above the preview: a title, plain-words text and action buttons. */
final class Banner extends HBox {
    private final Label title = new Label();
    private final Label text = new Label();

    Banner(String styleClass, Button... actions) {
        getStyleClass().addAll("banner", styleClass);
        title.getStyleClass().add("banner-title");
        text.getStyleClass().add("banner-text");
        text.setWrapText(true);
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, actions);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(HBox.USE_PREF_SIZE);
        getChildren().addAll(words, buttons);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void show(String heading, String message) {
        title.setText(heading);
        text.setText(message);
        setVisible(true);
    }

    void hide() {
        // Hiding a focused button would pass focus to some text field; park it on the window instead.
        var scene = getScene();
        var owner = scene == null ? null : scene.getFocusOwner();
        for (var n = owner; n != null; n = n.getParent()) {
            if (n == this) {
                scene.getRoot().requestFocus();
                break;
            }
        }
        setVisible(false);
    }
}
