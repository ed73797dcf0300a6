package io.shmex.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shmex.error.MalformedPayloadException;
import io.shmex.error.PayloadTooLargeException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a payload or an argument can be wrong yields a typed error that names the field. */
class ImagePayloadCodecMalformedTest {

    /** In the ASCII vector: the path occupies 4..33, the image length field 34..37, the image 38..106. */
    private static final int IMAGE_LENGTH_OFFSET = 34;
    private static final int VECTOR_LENGTH = 107;
    private static final byte PATTERN = 0x5A;

    /** All three decoding entry points must reject exactly the same inputs in the same way. */
    private static Stream<Function<MemorySegment, Object>> decoders() {
        return Stream.of(ImagePayloadCodec::decode, ImagePayloadCodec::decodePath, ImagePayloadCodec::imageSlice);
    }

    private static void assertMalformed(byte[] payload, String... messageParts) {
        assertRejected(() -> ImagePayloadCodec.decode(payload), messageParts);
        decoders().forEach(decoder ->
                assertRejected(() -> decoder.apply(MemorySegment.ofArray(payload)), messageParts));
    }

    private static void assertRejected(ThrowingCallable call, String... messageParts) {
        AbstractThrowableAssert<?, ? extends Throwable> thrown =
                assertThatThrownBy(call).isExactlyInstanceOf(MalformedPayloadException.class);
        for (String part : messageParts) {
            thrown.hasMessageContaining(part);
        }
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, PATTERN);
        return bytes;
    }

    // --- pathLength ---

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void negativePathLength(int pathLength) {
        assertMalformed(Vectors.withInt(Vectors.asciiVector(), 0, pathLength),
                "pathLength=" + pathLength, "payloadLength=107");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE, VECTOR_LENGTH - 4 + 1})
    void pathLengthPastTheEnd(int pathLength) {
        assertMalformed(Vectors.withInt(Vectors.asciiVector(), 0, pathLength),
                "path length exceeds payload", "pathLength=" + pathLength, "remaining=103", "payloadLength=107");
    }

    @Test
    void pathLengthConsumingEverythingLeavesNoImageLengthField() {
        assertMalformed(Vectors.withInt(Vectors.asciiVector(), 0, VECTOR_LENGTH - 4),
                "imageLength", "remaining=0");
        assertMalformed(Vectors.withInt(Vectors.asciiVector(), 0, VECTOR_LENGTH - 7),
                "imageLength", "remaining=3");
    }

    // --- imageLength ---

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void negativeImageLength(int imageLength) {
        assertMalformed(Vectors.withInt(Vectors.asciiVector(), IMAGE_LENGTH_OFFSET, imageLength),
                "imageLength=" + imageLength, "payloadLength=107");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE, 69 + 1})
    void imageLengthPastTheEnd(int imageLength) {
        assertMalformed(Vectors.withInt(Vectors.asciiVector(), IMAGE_LENGTH_OFFSET, imageLength),
                "image length exceeds payload: imageLength=" + imageLength + " remaining=69 payloadLength=107");
    }

    @Test
    void imageLengthShortOfTheEndLeavesTrailingBytes() {
        assertMalformed(Vectors.withInt(Vectors.asciiVector(), IMAGE_LENGTH_OFFSET, 68),
                "trailingBytes=1", "imageLength=68");
        assertMalformed(Vectors.withInt(Vectors.asciiVector(), IMAGE_LENGTH_OFFSET, 0),
                "trailingBytes=69", "imageLength=0");
    }

    // --- truncation and trailing bytes ---

    static Stream<Arguments> everyPrefix() {
        return IntStream.range(0, VECTOR_LENGTH).mapToObj(Arguments::of);
    }

    @ParameterizedTest(name = "prefix of {0} bytes")
    @MethodSource("everyPrefix")
    void everyProperPrefixOfTheVectorIsRejected(int length) {
        byte[] prefix = Arrays.copyOf(Vectors.asciiVector(), length);
        String field;
        if (length < 4) {
            field = "pathLength field: needed=4 payloadLength=" + length;
        } else if (length < IMAGE_LENGTH_OFFSET) {
            field = "pathLength=30 remaining=" + (length - 4);
        } else if (length < IMAGE_LENGTH_OFFSET + 4) {
            field = "imageLength field: offset=34 needed=4 remaining=" + (length - IMAGE_LENGTH_OFFSET);
        } else {
            field = "imageLength=69 remaining=" + (length - 38);
        }
        assertMalformed(prefix, field, "payloadLength=" + length);
    }

    @Test
    void emptySegmentIsRejected() {
        assertMalformed(new byte[0], "pathLength", "payloadLength=0");
        decoders().forEach(decoder ->
                assertRejected(() -> decoder.apply(MemorySegment.NULL), "pathLength", "payloadLength=0"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 1000})
    void trailingBytesAreRejected(int extra) {
        byte[] payload = Arrays.copyOf(Vectors.asciiVector(), VECTOR_LENGTH + extra);
        assertMalformed(payload, "trailingBytes=" + extra, "imageLength=69", "payloadLength=" + payload.length);
    }

    // --- path bytes ---

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("lone continuation byte", new byte[] {'a', (byte) 0x80, 'b'}, 5),
                Arguments.of("truncated 3-byte sequence", new byte[] {'a', (byte) 0xE7, (byte) 0x94}, 5),
                Arguments.of("truncated sequence then ASCII", new byte[] {(byte) 0xE7, 'x', 'y'}, 4),
                Arguments.of("overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}, 4),
                Arguments.of("overlong NUL", new byte[] {'/', (byte) 0xE0, (byte) 0x80, (byte) 0x80}, 5),
                Arguments.of("encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 4),
                Arguments.of("above U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 4),
                Arguments.of("0xFF", new byte[] {'p', 'n', 'g', (byte) 0xFF}, 7),
                Arguments.of("0xFE", new byte[] {(byte) 0xFE}, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8PathIsRejected(String description, byte[] path, int badOffset) {
        byte[] payload = Vectors.raw(path.length, path, 1, new byte[] {7}, new byte[0]);
        assertMalformed(payload, "not valid UTF-8", "field=path", "offset=" + badOffset, "pathLength=" + path.length);
    }

    // --- encoding into a segment that is too small ---

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 37, 106})
    void dstTooSmallThrowsBeforeWritingAnything(int capacity) {
        byte[] png = Vectors.redPng();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(capacity);
            dst.fill(PATTERN);
            assertThatThrownBy(() -> ImagePayloadCodec.encode(Vectors.ASCII_PATH, png, dst))
                    .isExactlyInstanceOf(PayloadTooLargeException.class)
                    .hasMessageContaining("length=107 capacity=" + capacity)
                    .hasMessageContaining("payload=image path=" + Vectors.ASCII_PATH)
                    .satisfies(e -> {
                        assertThat(((PayloadTooLargeException) e).length()).isEqualTo(107);
                        assertThat(((PayloadTooLargeException) e).capacity()).isEqualTo(capacity);
                    });
            assertThat(dst.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(pattern(capacity));

            MemorySegment image = MemorySegment.ofArray(png);
            assertThatThrownBy(() -> ImagePayloadCodec.encode(Vectors.ASCII_PATH, image, dst))
                    .isExactlyInstanceOf(PayloadTooLargeException.class)
                    .hasMessageContaining("length=107 capacity=" + capacity);
            assertThat(dst.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(pattern(capacity));
        }
    }

    @Test
    void dstOneByteShortForANonAsciiPath() {
        byte[] heap = new byte[(int) ImagePayloadCodec.encodedLength(Vectors.UTF8_PATH, 69) - 1];
        Arrays.fill(heap, PATTERN);
        assertThatThrownBy(() -> ImagePayloadCodec.encode(Vectors.UTF8_PATH, Vectors.redPng(), MemorySegment.ofArray(heap)))
                .isExactlyInstanceOf(PayloadTooLargeException.class)
                .hasMessageContaining("length=107 capacity=106")
                .hasMessageContaining("path=" + Vectors.UTF8_PATH);
        assertThat(heap).containsOnly(PATTERN);
    }

    @Test
    void imageLongerThanTheInt32FieldIsTooLarge(@TempDir Path dir) throws IOException {
        // A sparse 3 GiB file costs no disk or memory as long as the codec checks before touching it.
        long hugeLength = 3L << 30;
        Path file = dir.resolve("huge.img");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, StandardOpenOption.SPARSE);
                Arena arena = Arena.ofConfined()) {
            channel.write(ByteBuffer.wrap(new byte[1]), hugeLength - 1);
            MemorySegment huge = channel.map(FileChannel.MapMode.READ_ONLY, 0, hugeLength, arena);
            byte[] heap = new byte[64];
            Arrays.fill(heap, PATTERN);
            assertThatThrownBy(() -> ImagePayloadCodec.encode("x", huge, MemorySegment.ofArray(heap)))
                    .isExactlyInstanceOf(PayloadTooLargeException.class)
                    .hasMessageContaining("length=" + hugeLength + " capacity=" + Integer.MAX_VALUE)
                    .hasMessageContaining("field=imageLength");
            assertThat(heap).containsOnly(PATTERN);
        }
        assertThatThrownBy(() -> ImagePayloadCodec.encodedLength("x", 1L + Integer.MAX_VALUE))
                .isExactlyInstanceOf(PayloadTooLargeException.class)
                .hasMessageContaining("field=imageLength");
        assertThat(ImagePayloadCodec.encodedLength("x", Integer.MAX_VALUE)).isEqualTo(9L + Integer.MAX_VALUE);
    }

    // --- bad arguments ---

    @Test
    void negativeImageLengthForSizing() {
        assertThatThrownBy(() -> ImagePayloadCodec.encodedLength("x", -1))
                .isExactlyInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("imageLength=-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D", "a\uDE00b", "\uDE00\uD83D", "\uDE00\uDE00", "\uD83D\uD83D\uDE00", "ok\uD83D"})
    void unpairedSurrogateInPathIsRejectedBeforeWriting(String path) {
        byte[] heap = new byte[100];
        Arrays.fill(heap, PATTERN);
        MemorySegment dst = MemorySegment.ofArray(heap);
        assertRejected(() -> ImagePayloadCodec.encode(path, new byte[1]), "field=path", "unpaired surrogate");
        assertRejected(() -> ImagePayloadCodec.encode(path, new byte[1], dst), "field=path");
        assertRejected(() -> ImagePayloadCodec.encode(path, MemorySegment.ofArray(new byte[1]), dst), "field=path");
        assertRejected(() -> ImagePayloadCodec.encodedLength(path, 1), "field=path");
        assertThat(heap).containsOnly(PATTERN);
    }

    @Test
    void nullArgumentsAreTypedErrors() {
        MemorySegment dst = MemorySegment.ofArray(new byte[100]);
        assertRejected(() -> ImagePayloadCodec.encodedLength(null, 0), "field=path");
        assertRejected(() -> ImagePayloadCodec.encode(null, new byte[0]), "field=path");
        assertRejected(() -> ImagePayloadCodec.encode("p", (byte[]) null), "field=image");
        assertRejected(() -> ImagePayloadCodec.encode("p", (byte[]) null, dst), "field=image");
        assertRejected(() -> ImagePayloadCodec.encode("p", (MemorySegment) null, dst), "field=image");
        assertRejected(() -> ImagePayloadCodec.encode("p", new byte[0], null), "field=dst");
        assertRejected(() -> ImagePayloadCodec.encode("p", MemorySegment.ofArray(new byte[0]), null), "field=dst");
        assertRejected(() -> ImagePayloadCodec.decode((byte[]) null), "field=payload");
        assertRejected(() -> ImagePayloadCodec.decode((MemorySegment) null), "field=payload");
        assertRejected(() -> ImagePayloadCodec.decodePath(null), "field=payload");
        assertRejected(() -> ImagePayloadCodec.imageSlice(null), "field=payload");
    }
}
