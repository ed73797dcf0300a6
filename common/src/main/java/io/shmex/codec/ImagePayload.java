package io.shmex.codec;

import io.shmex.error.MalformedPayloadException;
import java.util.Arrays;

/**
 * One image message: the path the sender loaded it from and the encoded image file bytes.
 *
 * <p>The {@code image} array is shared, not copied, in both directions: images run to megabytes and
 * copying them on every construction and access would double the cost of a transfer. Treat the
 * array as read-only once it is inside a payload. Equality and hash code compare the array's
 * contents, and {@link #toString()} reports only its size so logs stay readable.
 *
 * @param path the sender's file path; any string, including empty
 * @param image the encoded image file (PNG, JPEG, ...); shared with the caller, may be empty
 */
public record ImagePayload(String path, byte[] image) {

    /** Rejects {@code null} with the library's typed error rather than a bare NullPointerException. */
    public ImagePayload {
        if (path == null) {
            throw new MalformedPayloadException("image payload field is null: field=path");
        }
        if (image == null) {
            throw new MalformedPayloadException("image payload field is null: field=image path=" + path);
        }
    }

    /**
     * The image bytes themselves, not a copy, so that large images are not duplicated.
     *
     * @return the shared image array; do not modify it
     */
    @Override
    public byte[] image() {
        return image;
    }

    /** Compares the image by content, since two decodes of one payload yield distinct arrays. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImagePayload(String otherPath, byte[] otherImage)
                && path.equals(otherPath)
                && Arrays.equals(image, otherImage);
    }

    /** Consistent with {@link #equals(Object)}: hashes the image contents. */
    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(image);
    }

    /** Names the image size instead of dumping megabytes of bytes into a log line. */
    @Override
    public String toString() {
        return "ImagePayload[path=" + path + ", imageBytes=" + image.length + "]";
    }
}
