package io.shmex.reader.model;

import javafx.scene.image.Image;

/**
 * One decoded publication of the image slot, with the original bytes kept for saving.
 *
 * @param path the path the writer published with the image
 * @param bytes the original image file bytes, never re-encoded; do not modify
 * @param format "PNG", "JPEG", "GIF" or "BMP" from the header, or "image" if the header was not recognised
 * @param sequence the slot's publication sequence
 * @param publishedEpochNanos when the writer published it
 * @param writerPid the writer's process id
 * @param image the decoded image
 */
public record ImageSnapshot(String path, byte[] bytes, String format, long sequence, long publishedEpochNanos,
        long writerPid, Image image) {

    /** @return pixels across */
    public int width() {
        return (int) image.getWidth();
    }

    /** @return pixels down */
    public int height() {
        return (int) image.getHeight();
    }

    /** @return the file name of {@link #path()}, for a save dialog; "image" if it has none */
    public String fileName() {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        if (!name.isBlank()) {
            return name;
        }
        return "image".equals(format) ? "image" : "image." + format.toLowerCase(java.util.Locale.ROOT);
    }

    /** Names the size instead of printing megabytes. */
    @Override
    public String toString() {
        return "ImageSnapshot[path=" + path + ", bytes=" + bytes.length + ", sequence=" + sequence + "]";
    }
}
