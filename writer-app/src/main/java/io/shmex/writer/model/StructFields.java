package io.shmex.writer.model;

import io.shmex.record.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The editable TestData form: Id, Age and the ten Scores, each an {@link IntField}. Starts with
 * {@link TestData#sample()}, the values the .NET tutorial sends.
 */
public final class StructFields {
    private final IntField id;
    private final IntField age;
    private final List<IntField> scores;
    private final BooleanBinding valid;

    /** A form holding {@link TestData#sample()}. */
    public StructFields() {
        TestData sample = TestData.sample();
        id = new IntField("Id", sample.id());
        age = new IntField("Age", sample.age());
        List<IntField> list = new ArrayList<>();
        int[] values = sample.scores();
        for (int i = 0; i < TestData.SCORE_COUNT; i++) {
            list.add(new IntField("Scores[" + i + "]", values[i]));
        }
        scores = List.copyOf(list);
        valid = Bindings.createBooleanBinding(() -> all().allMatch(f -> f.validProperty().get()),
                all().map(IntField::validProperty).toArray(javafx.beans.Observable[]::new));
    }

    /** @return the Id field */
    public IntField id() {
        return id;
    }

    /** @return the Age field */
    public IntField age() {
        return age;
    }

    /** @return the ten Scores fields, in order */
    public List<IntField> scores() {
        return scores;
    }

    /** @return true while every field holds an int32 */
    public ObservableBooleanValue validProperty() {
        return valid;
    }

    /** @return the fields that do not hold an int32, in form order */
    public List<IntField> invalidFields() {
        return all().filter(f -> !f.validProperty().get()).toList();
    }

    /**
     * @return the record the fields describe
     * @throws IllegalStateException naming the first invalid field
     */
    public TestData toTestData() {
        int[] values = scores.stream().mapToInt(IntField::value).toArray();
        return new TestData(id.value(), age.value(), values);
    }

    /** @param data values to show, e.g. {@link TestData#sample()} to reset the form */
    public void set(TestData data) {
        id.set(data.id());
        age.set(data.age());
        int[] values = data.scores();
        for (int i = 0; i < values.length; i++) {
            scores.get(i).set(values[i]);
        }
    }

    private Stream<IntField> all() {
        return Stream.concat(Stream.of(id, age), scores.stream());
    }
}
