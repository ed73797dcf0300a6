package io.shmex.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Byte-exact compatibility with the payloads the original .NET layout produces. */
class ImagePayloadCodecVectorTest {

    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of(Vectors.ASCII_PATH, Vectors.asciiVector()),
                Arguments.of(Vectors.UTF8_PATH, Vectors.utf8Vector()));
    }

    @Test
    void theVectorImageIsTheOnePixelPng() {
        byte[] png = Vectors.redPng();
        assertThat(png).hasSize(69).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        assertThat(Vectors.UTF8_PATH.getBytes(UTF_8)).hasSize(30);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void encodeToArrayIsByteExact(String path, byte[] vector) {
        assertThat(ImagePayloadCodec.encode(path, Vectors.redPng())).isEqualTo(vector);
        assertThat(ImagePayloadCodec.encodedLength(path, 69)).isEqualTo(vector.length);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void encodeIntoNativeSegmentIsByteExact(String path, byte[] vector) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(vector.length);
            assertThat(ImagePayloadCodec.encode(path, Vectors.redPng(), dst)).isEqualTo(vector.length);
            assertThat(dst.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(vector);

            MemorySegment image = arena.allocateFrom(ValueLayout.JAVA_BYTE, Vectors.redPng());
            MemorySegment dst2 = arena.allocate(vector.length);
            assertThat(ImagePayloadCodec.encode(path, image, dst2)).isEqualTo(vector.length);
            assertThat(dst2.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(vector);
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void decodeGivesPathAndImage(String path, byte[] vector) {
        ImagePayload decoded = ImagePayloadCodec.decode(vector);
        assertThat(decoded.path()).isEqualTo(path);
        assertThat(decoded.image()).isEqualTo(Vectors.redPng());
        assertThat(decoded).isEqualTo(new ImagePayload(path, Vectors.redPng()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void decodeFromNativeSegmentAndPeek(String path, byte[] vector) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment payload = arena.allocateFrom(ValueLayout.JAVA_BYTE, vector);
            assertThat(ImagePayloadCodec.decode(payload)).isEqualTo(new ImagePayload(path, Vectors.redPng()));
            assertThat(ImagePayloadCodec.decodePath(payload)).isEqualTo(path);
            MemorySegment image = ImagePayloadCodec.imageSlice(payload);
            assertThat(image.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(Vectors.redPng());
            assertThat(image.address()).isEqualTo(payload.address() + vector.length - 69);
        }
    }
}
