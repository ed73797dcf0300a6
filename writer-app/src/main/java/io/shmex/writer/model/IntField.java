package io.shmex.writer.model;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One int32 input of the struct form: editable text, validated on every change.
 */
public final class IntField {
    private final String label;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ObservableBooleanValue valid = Bindings.createBooleanBinding(() -> error.get() == null, error);

    /**
     * @param label the field name shown to users, e.g. {@code Id} or {@code Scores[3]}
     * @param initial the starting value
     */
    public IntField(String label, int initial) {
        this.label = label;
        text.addListener((obs, old, now) -> error.set(check(now)));
        text.set(Integer.toString(initial));
    }

    /** @return the field name shown to users */
    public String label() {
        return label;
    }

    /** @return the text as typed; the view binds its text field to it */
    public StringProperty textProperty() {
        return text;
    }

    /** @return why the text is not an int32, or null when it is */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return whether the text is an int32 */
    public ObservableBooleanValue validProperty() {
        return valid;
    }

    /**
     * @return the value
     * @throws IllegalStateException if the text is not an int32
     */
    public int value() {
        String problem = check(text.get());
        if (problem != null) {
            throw new IllegalStateException(label + ": " + problem);
        }
        return Integer.parseInt(text.get().strip());
    }

    /** @param value the new value, shown as its decimal text */
    public void set(int value) {
        text.set(Integer.toString(value));
    }

    /**
     * Validates one input.
     *
     * @param input text as typed
     * @return a plain-words problem, or null if it is an int32
     */
    static String check(String input) {
        String s = input == null ? "" : input.strip();
        if (s.isEmpty()) {
            return "Enter a whole number.";
        }
        if (!s.matches("[+-]?\\d+")) {
            return "\"" + s + "\" is not a whole number.";
        }
        try {
            Integer.parseInt(s);
            return null;
        } catch (NumberFormatException e) {
            return "Out of range: must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".";
        }
    }
}
