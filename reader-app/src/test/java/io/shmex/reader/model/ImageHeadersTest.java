package io.shmex.reader.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.reader.TestImages;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageHeadersTest {

    @ParameterizedTest
    @CsvSource({"png,PNG", "gif,GIF", "bmp,BMP", "jpg,JPEG"})
    void readsTheSizeOfEachFormatJavaFxDecodes(String writer, String format) {
        byte[] bytes = TestImages.encode(new BufferedImage(123, 45, BufferedImage.TYPE_INT_RGB), writer);

        assertThat(ImageHeaders.probe(bytes)).contains(new ImageHeaders.Dimensions(format, 123, 45));
    }

    @Test
    void readsAHugeDeclaredPngSizeWithoutPixelData() {
        assertThat(ImageHeaders.probe(TestImages.pngHeader(100_000, 70_000)))
                .hasValueSatisfying(d -> assertThat(d.pixels()).isEqualTo(7_000_000_000L));
    }

    @Test
    void readsATopDownBmpAsPositiveHeight() {
        byte[] bmp = TestImages.encode(new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB), "bmp");
        // Height is a signed 32-bit value at offset 22; negative means rows run top-down.
        bmp[22] = (byte) -5;
        bmp[23] = (byte) 0xFF;
        bmp[24] = (byte) 0xFF;
        bmp[25] = (byte) 0xFF;

        assertThat(ImageHeaders.probe(bmp)).contains(new ImageHeaders.Dimensions("BMP", 7, 5));
    }

    @Test
    void skipsJpegSegmentsBeforeTheFrameHeader() {
        // SOI, an APP0 segment of 16 bytes, fill bytes, then SOF2 (progressive) 300 x 200.
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            (byte) 0xFF, (byte) 0xFF, (byte) 0xC2, 0, 17, 8, 0, (byte) 200, 1, 44, 3};

        assertThat(ImageHeaders.probe(jpeg)).contains(new ImageHeaders.Dimensions("JPEG", 300, 200));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello, world", "GIF8", "BM", "\u0089PNG\r\n\u001a\n"})
    void returnsNothingForTextOrCutShortHeaders(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        assertThat(ImageHeaders.probe(bytes)).isEmpty();
    }

    @Test
    void returnsNothingForEveryTruncationOfARealJpeg() {
        byte[] jpeg = TestImages.encode(TestImages.quadrants(), "jpg");
        for (int length = 0; length < 20; length++) {
            // Must neither throw nor invent a size from a cut-short header.
            assertThat(ImageHeaders.probe(Arrays.copyOf(jpeg, length))).isEmpty();
        }
        assertThat(ImageHeaders.probe(jpeg)).isPresent();
    }
}
