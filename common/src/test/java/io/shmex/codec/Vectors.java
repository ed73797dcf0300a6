package io.shmex.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Test helpers: the team's byte-exact vectors, and payloads assembled by hand, independently of the codec. */
final class Vectors {

    static final String ASCII_PATH = "C:\\Users\\demo\\Pictures\\red.png";
    static final String UTF8_PATH = "/home/用户/图片/红色.png";

    private Vectors() {
    }

    /** Reads a file from the read-only vector directory that surefire names in {@code shmex.vectors}. */
    static byte[] read(String name) {
        return io.shmex.SharedVectors.read(name);
    }

    static byte[] redPng() {
        return read("red-1x1.png");
    }

    static byte[] asciiVector() {
        return read("imagedata-ascii.bin");
    }

    static byte[] utf8Vector() {
        return read("imagedata-utf8.bin");
    }

    /** Assembles a payload from explicit field values, so tests can state lengths that lie. */
    static byte[] raw(int pathLength, byte[] path, int imageLength, byte[] image, byte[] trailing) {
        ByteBuffer buf = ByteBuffer.allocate(8 + path.length + image.length + trailing.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(pathLength).put(path).putInt(imageLength).put(image).put(trailing);
        return buf.array();
    }

    /** A copy of {@code payload} with the int32 at {@code offset} replaced, little-endian. */
    static byte[] withInt(byte[] payload, int offset, int value) {
        byte[] copy = payload.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return copy;
    }
}
