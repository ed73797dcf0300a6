package io.shmex.reader;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small images with known pixels. */
public final class TestImages {
    /** Top-left quadrant. */
    public static final int RED = 0xFFFF0000;
    /** Top-right quadrant. */
    public static final int GREEN = 0xFF00FF00;
    /** Bottom-left quadrant. */
    public static final int BLUE = 0xFF0000FF;
    /** Bottom-right quadrant. */
    public static final int WHITE = 0xFFFFFFFF;

    private TestImages() {
    }

    /** @return a 4×4 image: red, green / blue, white quadrants */
    public static BufferedImage quadrants() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                int argb = y < 2 ? (x < 2 ? RED : GREEN) : (x < 2 ? BLUE : WHITE);
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    /** @return {@link #quadrants()} encoded in {@code format} ("png", "gif", "bmp", "jpg") */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the quadrant PNG's bytes */
    public static byte[] quadrantPng() {
        return encode(quadrants(), "png");
    }

    /** Writes the quadrant PNG to {@code file}. */
    public static Path writeQuadrantPng(Path file) {
        try {
            return Files.write(file, quadrantPng());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a PNG of {@code width × height} in one colour */
    public static byte[] solidPng(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return encode(image, "png");
    }

    /**
     * A PNG signature and IHDR chunk declaring a size, with no pixel data: enough to trick a
     * decoder into allocating, and to test refusing before decoding.
     */
    public static byte[] pngHeader(long width, long height) {
        byte[] b = new byte[33];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(sig, 0, b, 0, 8);
        b[11] = 13;
        b[12] = 'I';
        b[13] = 'H';
        b[14] = 'D';
        b[15] = 'R';
        putBe(b, 16, width);
        putBe(b, 20, height);
        b[24] = 8;
        b[25] = 6;
        return b;
    }

    private static void putBe(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
