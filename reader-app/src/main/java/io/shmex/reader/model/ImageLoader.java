package io.shmex.reader.model;

import io.shmex.codec.ImagePayload;
import io.shmex.codec.ImagePayloadCodec;
import io.shmex.error.MalformedPayloadException;
import io.shmex.region.Publication;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Turns an image-slot publication into something to show. Refuses images larger than a pixel limit
 * before decoding them, because a few bytes of PNG can declare a 100,000 × 100,000 image that would
 * exhaust the heap.
 */
public final class ImageLoader {
    /** Default {@code --max-pixels}: 100 megapixels, 400 MB decoded. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    private ImageLoader() {
    }

    /**
     * Decodes a publication of the image slot. Safe to call off the JavaFX thread.
     *
     * @param publication the publication, or null if nothing was published yet
     * @param maxPixels the largest width × height to decode
     * @param regionName the region, for messages
     * @return the image, or the reason it cannot be shown
     */
    public static ImageFetch load(Publication publication, long maxPixels, String regionName) {
        if (publication == null) {
            return new ImageFetch.Refused(0, "Nothing has been published on " + regionName + " yet.");
        }
        ImagePayload payload;
        try {
            payload = ImagePayloadCodec.decode(publication.payload());
        } catch (MalformedPayloadException e) {
            return new ImageFetch.Refused(publication.sequence(), "The published data is not an image payload ("
                    + publication.length() + " bytes): it does not have the path and image fields a writer sends.");
        }
        byte[] bytes = payload.image();
        Optional<ImageHeaders.Dimensions> declared = ImageHeaders.probe(bytes);
        if (declared.isPresent() && declared.get().pixels() > maxPixels) {
            ImageHeaders.Dimensions d = declared.get();
            return new ImageFetch.Refused(publication.sequence(), tooLarge(d.width(), d.height(), maxPixels));
        }
        Image image = bytes.length == 0 ? null : new Image(new ByteArrayInputStream(bytes));
        if (image == null || image.isError() || image.getWidth() <= 0 || image.getHeight() <= 0) {
            return new ImageFetch.Refused(publication.sequence(), "The published data is not an image (path: "
                    + payload.path() + ", " + bytes.length + " bytes).");
        }
        long pixels = (long) image.getWidth() * (long) image.getHeight();
        if (pixels > maxPixels) {
            return new ImageFetch.Refused(publication.sequence(),
                    tooLarge((long) image.getWidth(), (long) image.getHeight(), maxPixels));
        }
        String format = declared.map(ImageHeaders.Dimensions::format).orElse("image");
        return new ImageFetch.Shown(new ImageSnapshot(payload.path(), bytes, format, publication.sequence(),
                publication.timestampEpochNanos(), publication.writerPid(), image));
    }

    /**
     * The refusal message for an image over the limit.
     *
     * @param width declared width
     * @param height declared height
     * @param maxPixels the limit
     * @return e.g. "The image is too large to show: 20000 × 20000 pixels (400 megapixels); the limit is 100 megapixels (--max-pixels)."
     */
    static String tooLarge(long width, long height, long maxPixels) {
        return "The image is too large to show: " + width + " × " + height + " pixels (" + megapixels(width * height)
                + "); the limit is " + megapixels(maxPixels) + " (--max-pixels).";
    }

    /**
     * Formats a pixel count for people.
     *
     * @param pixels a pixel count
     * @return e.g. "1.5 megapixels" or "100 megapixels"
     */
    public static String megapixels(long pixels) {
        double mp = pixels / 1_000_000.0;
        String text = mp >= 100 || mp == Math.rint(mp) ? String.format(Locale.ROOT, "%.0f", mp)
                : String.format(Locale.ROOT, mp >= 10 ? "%.1f" : "%.2f", mp).replaceAll("\\.?0+$", "");
        return text + " megapixels";
    }
}
