package io.shmex.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encode then decode gives back what went in, across the edges of both fields. */
class ImagePayloadCodecRoundTripTest {

    private static final byte PATTERN = (byte) 0xA5;

    @Test
    void emptyPathAndEmptyImageIsEightZeroBytes() {
        byte[] payload = ImagePayloadCodec.encode("", new byte[0]);
        assertThat(payload).containsExactly(0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(ImagePayloadCodec.decode(payload)).isEqualTo(new ImagePayload("", new byte[0]));
        assertThat(ImagePayloadCodec.encodedLength("", 0)).isEqualTo(8);
    }

    @Test
    void emptyPath() {
        byte[] png = Vectors.redPng();
        byte[] payload = ImagePayloadCodec.encode("", png);
        assertThat(payload).hasSize(8 + 69);
        ImagePayload decoded = ImagePayloadCodec.decode(payload);
        assertThat(decoded.path()).isEmpty();
        assertThat(decoded.image()).isEqualTo(png);
    }

    @Test
    void emptyImage() {
        byte[] payload = ImagePayloadCodec.encode(Vectors.ASCII_PATH, new byte[0]);
        assertThat(payload).hasSize(8 + 30);
        ImagePayload decoded = ImagePayloadCodec.decode(payload);
        assertThat(decoded.path()).isEqualTo(Vectors.ASCII_PATH);
        assertThat(decoded.image()).isEmpty();
        assertThat(ImagePayloadCodec.imageSlice(MemorySegment.ofArray(payload)).byteSize()).isZero();
    }

    @Test
    void largeImageThroughNativeMemory() {
        byte[] image = new byte[5 * 1024 * 1024 + 3];
        new Random(42).nextBytes(image);
        String path = "/tmp/big.raw";
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(ImagePayloadCodec.encodedLength(path, image.length));
            long written = ImagePayloadCodec.encode(path, image, dst);
            assertThat(written).isEqualTo(dst.byteSize()).isEqualTo(8 + 12 + image.length);
            assertThat(ImagePayloadCodec.decode(dst)).isEqualTo(new ImagePayload(path, image));
            assertThat(ImagePayloadCodec.imageSlice(dst).mismatch(MemorySegment.ofArray(image))).isEqualTo(-1);
        }
        assertThat(ImagePayloadCodec.decode(ImagePayloadCodec.encode(path, image)).image()).isEqualTo(image);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/home/用户/图片/红色.png",
        "C:\\Users\\Zoë\\Ñandú\\café.jpg",
        "/srv/Ελληνικά/Кириллица/עברית/العربية.bmp",
        "📷/🖼️ holiday 😀.png",
        "𝄞𠀀\uD83D\uDE00",
        "\u0000nul\u007F\u0080\u07FF\u0800\uFFFF",
    })
    void nonAsciiPathsRoundTripWithTheirUtf8Length(String path) {
        byte[] image = {1, 2, 3};
        byte[] payload = ImagePayloadCodec.encode(path, image);
        int utf8Length = path.getBytes(UTF_8).length;
        assertThat(ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).getInt(0)).isEqualTo(utf8Length);
        assertThat(payload).hasSize(8 + utf8Length + 3);
        assertThat(ImagePayloadCodec.encodedLength(path, 3)).isEqualTo(payload.length);
        assertThat(ImagePayloadCodec.decode(payload)).isEqualTo(new ImagePayload(path, image));
        assertThat(ImagePayloadCodec.decodePath(MemorySegment.ofArray(payload))).isEqualTo(path);
    }

    @Test
    void fourByteUtf8IsCountedAsFourBytes() {
        assertThat(ImagePayloadCodec.encodedLength("😀", 0)).isEqualTo(8 + 4);
        assertThat(ImagePayloadCodec.encodedLength("é", 0)).isEqualTo(8 + 2);
        assertThat(ImagePayloadCodec.encodedLength("红", 0)).isEqualTo(8 + 3);
    }

    @Test
    void encodeIntoBiggerSegmentWritesAtOffsetZeroAndLeavesTheRest() {
        byte[] vector = Vectors.asciiVector();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(1000);
            dst.fill(PATTERN);
            long written = ImagePayloadCodec.encode(Vectors.ASCII_PATH, Vectors.redPng(), dst);
            assertThat(written).isEqualTo(107);
            assertThat(dst.asSlice(0, written).toArray(ValueLayout.JAVA_BYTE)).isEqualTo(vector);
            assertThat(dst.asSlice(written).toArray(ValueLayout.JAVA_BYTE)).containsOnly(PATTERN);
            assertThat(ImagePayloadCodec.decode(dst.asSlice(0, written)))
                    .isEqualTo(new ImagePayload(Vectors.ASCII_PATH, Vectors.redPng()));
        }
    }

    @Test
    void encodeIntoASliceWritesAtTheSliceStart() {
        byte[] backing = new byte[300];
        java.util.Arrays.fill(backing, PATTERN);
        MemorySegment dst = MemorySegment.ofArray(backing).asSlice(50, 200);
        long written = ImagePayloadCodec.encode(Vectors.ASCII_PATH, Vectors.redPng(), dst);
        assertThat(written).isEqualTo(107);
        assertThat(java.util.Arrays.copyOfRange(backing, 50, 157)).isEqualTo(Vectors.asciiVector());
        assertThat(java.util.Arrays.copyOfRange(backing, 0, 50)).containsOnly(PATTERN);
        assertThat(java.util.Arrays.copyOfRange(backing, 157, 300)).containsOnly(PATTERN);
    }

    @Test
    void segmentImageVariantMatchesArrayVariant() {
        byte[] image = new byte[4096];
        new Random(7).nextBytes(image);
        String path = "D:\\scans\\😀.tif";
        byte[] expected = ImagePayloadCodec.encode(path, image);
        MemorySegment dst = MemorySegment.ofArray(new byte[expected.length]);
        assertThat(ImagePayloadCodec.encode(path, MemorySegment.ofArray(image).asReadOnly(), dst)).isEqualTo(expected.length);
        assertThat(dst.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(expected);
    }

    @Test
    void imageSliceIsAViewNotACopy() {
        byte[] payload = Vectors.asciiVector();
        MemorySegment slice = ImagePayloadCodec.imageSlice(MemorySegment.ofArray(payload));
        assertThat(slice.heapBase()).containsSame(payload);
        assertThat(slice.byteSize()).isEqualTo(69);
        payload[payload.length - 1] ^= 0x55;
        assertThat(slice.get(ValueLayout.JAVA_BYTE, 68)).isEqualTo(payload[payload.length - 1]);
    }

    @Test
    void decodeCopiesTheImageOutOfThePayload() {
        byte[] payload = Vectors.asciiVector();
        ImagePayload decoded = ImagePayloadCodec.decode(payload);
        payload[payload.length - 1] ^= 0x55;
        assertThat(decoded.image()).isEqualTo(Vectors.redPng());
    }
}
