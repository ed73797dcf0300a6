package io.shmex.writer.model;

import io.shmex.codec.ImagePayloadCodec;
import io.shmex.fx.Messages;
import java.util.Locale;
import javafx.scene.image.Image;

/**
 * An image ready to publish: the path sent with it, its exact file bytes, and what decoding it
 * found. The bytes are published unchanged, so the reader gets the original file.
 *
 * @param path the path published with the image (shown by the reader)
 * @param bytes the file's bytes; not copied, do not modify
 * @param format PNG, JPEG, GIF or BMP
 * @param width pixels
 * @param height pixels
 * @param preview the decoded image for display, or null outside the GUI
 */
public record ImageSelection(String path, byte[] bytes, String format, int width, int height, Image preview) {

    /** @return the payload length in the image slot: path, image and two length fields */
    public long payloadLength() {
        return ImagePayloadCodec.encodedLength(path, bytes.length);
    }

    /** @return e.g. {@code 1.2 MiB · 640 × 400 · PNG} */
    public String summary() {
        return String.format(Locale.ROOT, "%s · %d × %d · %s", Messages.bytes(bytes.length), width, height, format);
    }

    @Override
    public String toString() {
        return "ImageSelection[" + path + ", " + summary() + "]";
    }
}
