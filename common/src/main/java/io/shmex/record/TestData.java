package io.shmex.record;

import io.shmex.error.MalformedPayloadException;
import java.util.Arrays;

/**
 * The record of the original .NET tutorial, {@code struct TestData { int Id; int Age; int[10] Scores; }}
 * marshalled sequentially with {@code Pack = 1}: 48 bytes, little-endian, ids and scores at offsets
 * 0, 4 and 8. Java and .NET peers exchange it byte for byte through {@link #CODEC}.
 *
 * <p>The record owns its scores: the constructor copies the array it is given and {@link #scores()}
 * returns a copy, so no caller can change a value after it was built or published. {@link #CODEC}
 * reads the private field directly and therefore encodes without that copy; decoding allocates the
 * array it reads into and the constructor copies it once more, the price of the defensive copy.
 *
 * @param id the sender's identifier
 * @param age any int; the tutorial sends 20
 * @param scores exactly {@value #SCORE_COUNT} values
 */
public record TestData(int id, int age, @Length(TestData.SCORE_COUNT) int[] scores) {

    /** The fixed length of {@link #scores()}, {@code int[10]} in the .NET struct. */
    public static final int SCORE_COUNT = 10;

    /** The wire format shared with the .NET peer: packed, little-endian, 48 bytes. */
    public static final RecordCodec<TestData> CODEC = RecordCodec.of(TestData.class);

    private static final String ID = "Id=";
    private static final String AGE = ",Age=";
    private static final String SCORES = ",Scores=";
    /** Longest excerpt of bad input quoted in an error message. */
    private static final int QUOTE_LIMIT = 80;

    /**
     * Checks and copies {@code scores}, so the record is immutable and always encodable.
     *
     * @throws MalformedPayloadException if {@code scores} is null or not {@value #SCORE_COUNT} long
     */
    public TestData {
        if (scores == null) {
            throw new MalformedPayloadException("array is null: field=scores expected=" + SCORE_COUNT + " record=TestData");
        }
        if (scores.length != SCORE_COUNT) {
            throw new MalformedPayloadException("array length mismatch: field=scores length=" + scores.length
                    + " expected=" + SCORE_COUNT + " record=TestData");
        }
        scores = scores.clone();
    }

    /**
     * The values the original .NET writer sends, so Java and .NET demos can be compared side by side.
     *
     * @return {@code Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69}
     */
    public static TestData sample() {
        int[] scores = new int[SCORE_COUNT];
        Arrays.setAll(scores, i -> 60 + i);
        return new TestData(100, 20, scores);
    }

    /**
     * Reads the text {@link #toString()} produces, e.g. from a command line or a .NET log line.
     * Strict: no spaces, no {@code +} signs, exactly {@value #SCORE_COUNT} scores.
     *
     * @param text e.g. {@code Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69}
     * @return the record
     * @throws MalformedPayloadException naming the field that does not parse
     */
    public static TestData parse(String text) {
        if (text == null) {
            throw new MalformedPayloadException("TestData text is null");
        }
        int at = expect(text, 0, ID, "id");
        int end = text.indexOf(',', at);
        int id = parseInt(text, at, end < 0 ? text.length() : end, "id");
        at = expect(text, end < 0 ? text.length() : end, AGE, "age");
        end = text.indexOf(',', at);
        int age = parseInt(text, at, end < 0 ? text.length() : end, "age");
        at = expect(text, end < 0 ? text.length() : end, SCORES, "scores");
        int[] scores = new int[SCORE_COUNT];
        for (int i = 0; i < SCORE_COUNT; i++) {
            end = text.indexOf(',', at);
            boolean last = i == SCORE_COUNT - 1;
            if (last != (end < 0)) {
                throw malformed(text, "scores", "expected " + SCORE_COUNT + " comma-separated values");
            }
            scores[i] = parseInt(text, at, last ? text.length() : end, "scores");
            at = end + 1;
        }
        return new TestData(id, age, scores);
    }

    /** @return a copy of the scores; changing it does not change this record */
    @Override
    public int[] scores() {
        return scores.clone();
    }

    /** @return true for a TestData with the same id, age and score values */
    @Override
    public boolean equals(Object o) {
        return o instanceof TestData other && id == other.id && age == other.age && Arrays.equals(scores, other.scores);
    }

    /** @return a hash of id, age and the score values, consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return 31 * (31 * Integer.hashCode(id) + Integer.hashCode(age)) + Arrays.hashCode(scores);
    }

    /**
     * The exact text of the .NET tutorial's {@code ToString()}, so logs of both sides compare equal.
     *
     * @return e.g. {@code Id=100,Age=20,Scores=60,61,62,63,64,65,66,67,68,69}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(ID.length() + AGE.length() + SCORES.length() + 12 * (SCORE_COUNT + 2));
        text.append(ID).append(id).append(AGE).append(age).append(SCORES);
        for (int i = 0; i < scores.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(scores[i]);
        }
        return text.toString();
    }

    private static int expect(String text, int at, String literal, String field) {
        if (!text.startsWith(literal, at)) {
            throw malformed(text, field, "expected \"" + literal + "\" at index " + at);
        }
        return at + literal.length();
    }

    /** Accepts exactly what {@link Integer#toString(int)} writes: an optional '-' and decimal digits. */
    private static int parseInt(String text, int from, int to, String field) {
        int digits = from < to && text.charAt(from) == '-' ? from + 1 : from;
        if (digits == to) {
            throw malformed(text, field, "expected an integer at index " + from);
        }
        for (int i = digits; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(text, field, "expected a digit at index " + i);
            }
        }
        try {
            return Integer.parseInt(text, from, to, 10);
        } catch (NumberFormatException e) {
            throw malformed(text, field, "value out of int range at index " + from);
        }
    }

    private static MalformedPayloadException malformed(String text, String field, String why) {
        String quoted = text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "...";
        return new MalformedPayloadException("malformed TestData text: field=" + field + " " + why + " text=\"" + quoted + "\"");
    }
}
