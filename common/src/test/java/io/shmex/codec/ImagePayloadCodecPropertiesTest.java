package io.shmex.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.error.MalformedPayloadException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Generated inputs: valid payloads round-trip, and arbitrary or damaged bytes either decode or fail
 * with a {@link MalformedPayloadException}, never with anything untyped.
 */
class ImagePayloadCodecPropertiesTest {

    @Property
    void validPayloadsRoundTrip(@ForAll("paths") String path, @ForAll("images") byte[] image) {
        byte[] encoded = ImagePayloadCodec.encode(path, image);
        assertThat((long) encoded.length).isEqualTo(ImagePayloadCodec.encodedLength(path, image.length));
        assertThat(ImagePayloadCodec.decode(encoded)).isEqualTo(new ImagePayload(path, image));

        MemorySegment dst = MemorySegment.ofArray(new byte[encoded.length + 16]);
        assertThat(ImagePayloadCodec.encode(path, image, dst)).isEqualTo(encoded.length);
        assertThat(ImagePayloadCodec.encode(path, MemorySegment.ofArray(image), dst)).isEqualTo(encoded.length);
        MemorySegment payload = dst.asSlice(0, encoded.length);
        assertThat(payload.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(encoded);
        assertThat(ImagePayloadCodec.decodePath(payload)).isEqualTo(path);
        assertThat(ImagePayloadCodec.imageSlice(payload).toArray(ValueLayout.JAVA_BYTE)).isEqualTo(image);
    }

    @Property
    void randomBytesDecodeOrFailTyped(@ForAll @Size(max = 300) byte[] bytes) {
        checkDecodeContract(bytes);
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void randomFieldValuesDecodeOrFailTyped(
            @ForAll("lengths") int pathLength, @ForAll @Size(max = 40) byte[] path,
            @ForAll("lengths") int imageLength, @ForAll @Size(max = 40) byte[] image,
            @ForAll @Size(max = 3) byte[] trailing) {
        recordOutcome(checkDecodeContract(Vectors.raw(pathLength, path, imageLength, image, trailing)));
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void damagedEncodingsDecodeOrFailTyped(
            @ForAll("paths") String path, @ForAll("images") byte[] image,
            @ForAll @Size(min = 1, max = 4) List<@From("mutations") Mutation> mutations) {
        byte[] payload = ImagePayloadCodec.encode(path, image);
        for (Mutation mutation : mutations) {
            payload = mutation.apply(payload);
        }
        recordOutcome(checkDecodeContract(payload));
    }

    /** Guards the generators: both outcomes must occur, or the canonical-form check never runs. */
    private static void recordOutcome(boolean decoded) {
        Statistics.label("outcome").collect(decoded ? "decoded" : "rejected");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("decoded").count(n -> n > 0);
            coverage.check("rejected").count(n -> n > 0);
        });
    }

    /**
     * All three decoders agree on acceptance, failures are exactly {@link MalformedPayloadException},
     * and whatever is accepted is canonical: re-encoding it reproduces the input byte for byte.
     */
    private static boolean checkDecodeContract(byte[] bytes) {
        MemorySegment segment = MemorySegment.ofArray(bytes);
        ImagePayload decoded = attempt(() -> ImagePayloadCodec.decode(bytes));
        String path = attempt(() -> ImagePayloadCodec.decodePath(segment));
        MemorySegment slice = attempt(() -> ImagePayloadCodec.imageSlice(segment));
        if (decoded == null) {
            assertThat(path).isNull();
            assertThat(slice).isNull();
            return false;
        }
        assertThat(ImagePayloadCodec.encode(decoded.path(), decoded.image())).isEqualTo(bytes);
        assertThat(path).isEqualTo(decoded.path());
        assertThat(slice.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(decoded.image());
        return true;
    }

    /** The result, or null for the one permitted failure; anything else propagates and fails the property. */
    private static <T> T attempt(Supplier<T> decode) {
        try {
            return decode.get();
        } catch (MalformedPayloadException e) {
            assertThat(e).hasMessageContaining("=");
            return null;
        }
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0x7FF)),
                Tuple.of(2, Arbitraries.integers().between(0x800, 0xFFFF).filter(c -> c < 0xD800 || c > 0xDFFF)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)));
        return codePoints.list().ofMaxSize(40).map(list -> {
            StringBuilder sb = new StringBuilder();
            list.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<byte[]> images() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    /** Mostly lengths near the real ones, plus jqwik's int edge cases (MIN, MAX, -1, 0, ...). */
    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-2, 90), Arbitraries.integers());
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> anywhere = Arbitraries.integers().greaterOrEqual(0);
        return Arbitraries.oneOf(
                anywhere.map(FlipBit::new),
                Combinators.combine(anywhere, lengths()).as(OverwriteInt::new),
                Combinators.combine(Arbitraries.of(true, false), lengths()).as(OverwriteLengthField::new),
                anywhere.map(Truncate::new),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4).map(Append::new));
    }

    /** One kind of damage to a payload; positions wrap around its current length. */
    sealed interface Mutation {
        byte[] apply(byte[] payload);
    }

    record FlipBit(int bit) implements Mutation {
        @Override
        public byte[] apply(byte[] payload) {
            if (payload.length == 0) {
                return payload;
            }
            byte[] copy = payload.clone();
            int at = Math.floorMod(bit, payload.length * 8);
            copy[at / 8] ^= (byte) (1 << (at % 8));
            return copy;
        }
    }

    record OverwriteInt(int offset, int value) implements Mutation {
        @Override
        public byte[] apply(byte[] payload) {
            if (payload.length == 0) {
                return payload;
            }
            byte[] copy = payload.clone();
            int at = Math.floorMod(offset, payload.length);
            for (int i = 0; i < 4 && at + i < copy.length; i++) {
                copy[at + i] = (byte) (value >>> (8 * i));
            }
            return copy;
        }
    }

    /** Hits the path or image length field itself, where damage matters most. */
    record OverwriteLengthField(boolean imageField, int value) implements Mutation {
        @Override
        public byte[] apply(byte[] payload) {
            if (payload.length < 4) {
                return payload;
            }
            int at = 0;
            if (imageField) {
                int pathLength = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
                at = pathLength >= 0 && pathLength <= payload.length - 8 ? 4 + pathLength : 0;
            }
            return Vectors.withInt(payload, at, value);
        }
    }

    record Truncate(int length) implements Mutation {
        @Override
        public byte[] apply(byte[] payload) {
            return Arrays.copyOf(payload, Math.floorMod(length, payload.length + 1));
        }
    }

    record Append(byte[] extra) implements Mutation {
        @Override
        public byte[] apply(byte[] payload) {
            byte[] longer = Arrays.copyOf(payload, payload.length + extra.length);
            System.arraycopy(extra, 0, longer, payload.length, extra.length);
            return longer;
        }
    }
}
