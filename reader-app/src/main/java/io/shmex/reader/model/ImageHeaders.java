package io.shmex.reader.model;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads an image's pixel size from its first bytes, without decoding it, so that a huge image can
 * be refused before a decoder allocates width × height × 4 bytes for it. Knows the formats JavaFX
 * decodes: PNG, GIF, BMP and JPEG.
 */
public final class ImageHeaders {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageHeaders() {
    }

    /**
     * The size an image header declares.
     *
     * @param format "PNG", "GIF", "BMP" or "JPEG"
     * @param width pixels across
     * @param height pixels down
     */
    public record Dimensions(String format, long width, long height) {
        /** @return width × height */
        public long pixels() {
            return width * height;
        }
    }

    /**
     * Probes the header of an encoded image.
     *
     * @param data the image file bytes
     * @return the declared size, or empty if the bytes start no known format or the header is cut short
     */
    public static Optional<Dimensions> probe(byte[] data) {
        if (startsWith(data, PNG_SIGNATURE)) {
            return png(data);
        }
        if (startsWith(data, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(data, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return data.length < 10 ? Optional.empty()
                    : Optional.of(new Dimensions("GIF", u16le(data, 6), u16le(data, 8)));
        }
        if (data.length >= 2 && data[0] == 'B' && data[1] == 'M') {
            return bmp(data);
        }
        if (data.length >= 3 && u8(data, 0) == 0xFF && u8(data, 1) == 0xD8 && u8(data, 2) == 0xFF) {
            return jpeg(data);
        }
        return Optional.empty();
    }

    private static Optional<Dimensions> png(byte[] data) {
        // The first chunk must be IHDR: length(4) "IHDR" width(4) height(4), big-endian.
        if (data.length < 24 || data[12] != 'I' || data[13] != 'H' || data[14] != 'D' || data[15] != 'R') {
            return Optional.empty();
        }
        return Optional.of(new Dimensions("PNG", u32be(data, 16), u32be(data, 20)));
    }

    private static Optional<Dimensions> bmp(byte[] data) {
        if (data.length < 26) {
            return Optional.empty();
        }
        long infoSize = u32le(data, 14);
        if (infoSize == 12) {
            // OS/2 BITMAPCOREHEADER: 16-bit sizes.
            return Optional.of(new Dimensions("BMP", u16le(data, 18), u16le(data, 20)));
        }
        // BITMAPINFOHEADER and later: signed 32-bit; a negative height means top-down rows.
        int width = (int) u32le(data, 18);
        int height = (int) u32le(data, 22);
        return Optional.of(new Dimensions("BMP", Math.abs((long) width), Math.abs((long) height)));
    }

    /** Walks the marker segments up to the first start-of-frame, which holds the size. */
    private static Optional<Dimensions> jpeg(byte[] data) {
        int at = 2;
        while (at + 1 < data.length) {
            if (u8(data, at) != 0xFF) {
                return Optional.empty();
            }
            int marker = u8(data, at + 1);
            at += 2;
            if (marker == 0xFF) {
                at--; // fill byte: the next 0xFF starts the marker
                continue;
            }
            if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a length
            }
            if (marker == 0xD9 || marker == 0xDA || at + 2 > data.length) {
                return Optional.empty(); // image data starts before any frame header: not a valid JPEG
            }
            int length = u16be(data, at);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF
                    && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                if (at + 7 > data.length) {
                    return Optional.empty();
                }
                return Optional.of(new Dimensions("JPEG", u16be(data, at + 5), u16be(data, at + 3)));
            }
            if (length < 2) {
                return Optional.empty();
            }
            at += length;
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] data, int at) {
        return data[at] & 0xFF;
    }

    private static int u16le(byte[] data, int at) {
        return u8(data, at) | u8(data, at + 1) << 8;
    }

    private static int u16be(byte[] data, int at) {
        return u8(data, at) << 8 | u8(data, at + 1);
    }

    private static long u32le(byte[] data, int at) {
        return (long) u16le(data, at) | (long) u16le(data, at + 2) << 16;
    }

    private static long u32be(byte[] data, int at) {
        return (long) u16be(data, at) << 16 | u16be(data, at + 2);
    }
}
