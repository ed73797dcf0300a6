package io.shmex.writer.model;

import io.shmex.fx.Messages;
import io.shmex.fx.RegionOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads image files and checks they are images a JavaFX reader can show: PNG, JPEG, GIF or BMP.
 * Failures are {@link NotAnImageException}s whose message is already plain words.
 */
public final class ImageFiles {
    /** The formats JavaFX decodes, hence the ones the reader can display. */
    public static final String FORMATS = "PNG, JPEG, GIF or BMP";

    private ImageFiles() {
    }

    /** An input that is not a usable image; the message is meant for users. */
    public static final class NotAnImageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAnImageException(String message) {
            super(message);
        }
    }

    /**
     * Reads a whole file.
     *
     * @param file the file
     * @return its bytes
     * @throws IOException e.g. {@link NoSuchFileException}
     * @throws NotAnImageException for folders, empty files and files over 2 GiB
     */
    public static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new NotAnImageException(file + " is a folder, not an image file.");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        long size = Files.size(file);
        if (size > RegionOptions.MAX_CAPACITY) {
            throw new NotAnImageException(file + " is " + Messages.bytes(size) + "; images must be under 2 GiB.");
        }
        return Files.readAllBytes(file);
    }

    /**
     * Recognises the format from the first bytes.
     *
     * @param bytes file contents
     * @return PNG, JPEG, GIF, BMP, or null for anything else
     */
    public static String sniff(byte[] bytes) {
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(bytes, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9') && bytes[5] == 'a') {
            return "GIF";
        }
        if (starts(bytes, 'B', 'M') && bytes.length >= 26) {
            return "BMP";
        }
        return null;
    }

    /**
     * Checks and decodes an image with JavaFX, exactly as the reader will. Needs the JavaFX
     * toolkit; may run on any thread.
     *
     * @param path the path to publish with it
     * @param bytes the file contents
     * @return the selection with a preview image
     * @throws NotAnImageException if the bytes are not a decodable PNG, JPEG, GIF or BMP
     */
    public static ImageSelection decode(String path, byte[] bytes) {
        String format = requireFormat(path, bytes);
        Image image = new Image(new ByteArrayInputStream(bytes));
        if (image.isError() || image.getWidth() <= 0 || image.getHeight() <= 0) {
            Throwable why = image.getException();
            throw new NotAnImageException(name(path) + " looks like a " + format + " file but cannot be decoded"
                    + (why != null && why.getMessage() != null ? ": " + why.getMessage() : "") + ".");
        }
        return new ImageSelection(path, bytes, format, (int) image.getWidth(), (int) image.getHeight(), image);
    }

    /**
     * Checks an image by reading its header with ImageIO, without the JavaFX toolkit; for the
     * command line.
     *
     * @param path the path to publish with it
     * @param bytes the file contents
     * @return the selection, without a preview
     * @throws NotAnImageException if the bytes are not a PNG, JPEG, GIF or BMP with a valid header
     */
    public static ImageSelection inspect(String path, byte[] bytes) {
        String format = requireFormat(path, bytes);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return new ImageSelection(path, bytes, format, reader.getWidth(0), reader.getHeight(0), null);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NotAnImageException(name(path) + " looks like a " + format + " file but its header is damaged.");
        }
        throw new NotAnImageException(name(path) + " looks like a " + format + " file but cannot be read.");
    }

    private static String requireFormat(String path, byte[] bytes) {
        String format = sniff(bytes);
        if (format == null) {
            throw new NotAnImageException(name(path) + " is not a " + FORMATS + " image.");
        }
        return format;
    }

    private static String name(String path) {
        return path == null || path.isBlank() ? "The data" : path;
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
