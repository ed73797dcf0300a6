package io.shmex.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Renders scenes and nodes to PNG files, e.g. the README screenshots, also on the headless
 * platform. Converts pixels itself so the apps need no javafx-swing.
 */
public final class Snapshots {
    private Snapshots() {
    }

    /**
     * Snapshots a scene to a PNG file, creating parent folders. Callable from any thread.
     *
     * @param scene the scene, laid out and styled
     * @param file the PNG to write
     */
    public static void savePng(Scene scene, Path file) {
        write(onFx(() -> scene.snapshot(null)), file);
    }

    /**
     * Snapshots a node to a PNG file, creating parent folders. Callable from any thread.
     *
     * @param node the node, attached to a scene so CSS applies
     * @param file the PNG to write
     */
    public static void savePng(Node node, Path file) {
        write(onFx(() -> node.snapshot(new SnapshotParameters(), null)), file);
    }

    /**
     * Converts a JavaFX image to an ARGB {@link BufferedImage}.
     *
     * @param image any readable image
     * @return a new buffered image of the same size
     */
    public static BufferedImage toBufferedImage(Image image) {
        PixelReader reader = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        return out;
    }

    /**
     * Encodes a JavaFX image as PNG bytes.
     *
     * @param image any readable image
     * @return the PNG file's bytes
     */
    public static byte[] toPng(Image image) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(toBufferedImage(image), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(WritableImage image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, toPng(image));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot: file=" + file, e);
        }
    }

    private static WritableImage onFx(java.util.function.Supplier<WritableImage> shot) {
        if (Platform.isFxApplicationThread()) {
            return shot.get();
        }
        CompletableFuture<WritableImage> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(shot.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking a snapshot", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot failed: " + e.getMessage(), e);
        }
    }
}
