package io.shmex.reader.model;

import io.shmex.record.TestData;
import io.shmex.region.RegionPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.image.Image;

/**
 * Everything the reader window shows, as read-only JavaFX properties, and the commands behind its
 * buttons. No window is needed: tests drive it with their own UI executor.
 *
 * <p>Region access runs on background threads (one watcher, one worker for button presses); the
 * properties change only on the UI executor, and updates are coalesced so a fast writer cannot
 * flood it.
 */
public final class ReaderModel implements AutoCloseable {
    private final RegionPath region;
    private final LongSupplier epochNanos;
    private final RegionWatcher watcher;
    private final ExecutorService worker;

    private final Coalescer<ConnectionStatus> connectionUpdates;
    private final Coalescer<ImageFetch> imageUpdates;
    private final Coalescer<StructFetch> structUpdates;

    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private final ReadOnlyStringWrapper writerStatus = new ReadOnlyStringWrapper(this, "writerStatus", "—");
    private final ReadOnlyObjectWrapper<ImageSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper(this, "path");
    private final ReadOnlyLongWrapper payloadSize = new ReadOnlyLongWrapper(this, "payloadSize");
    private final ReadOnlyStringWrapper dimensions = new ReadOnlyStringWrapper(this, "dimensions");
    private final ReadOnlyLongWrapper sequence = new ReadOnlyLongWrapper(this, "sequence");
    private final ReadOnlyObjectWrapper<Instant> published = new ReadOnlyObjectWrapper<>(this, "published");
    private final ReadOnlyDoubleWrapper latencyMillis = new ReadOnlyDoubleWrapper(this, "latencyMillis", Double.NaN);
    /** Shown when connected to a region that has no publication yet. */
    static final String NOTHING_YET = "Nothing published yet. Waiting for the writer.";

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyObjectWrapper<TestData> testData = new ReadOnlyObjectWrapper<>(this, "testData");
    private final ReadOnlyLongWrapper recordSequence = new ReadOnlyLongWrapper(this, "recordSequence");
    private final ReadOnlyStringWrapper structMessage = new ReadOnlyStringWrapper(this, "structMessage");
    private final BooleanProperty followMode = new SimpleBooleanProperty(this, "followMode");

    /**
     * A model whose properties change on the JavaFX thread.
     *
     * @param region the region to read
     * @param maxPixels the largest image (width × height) to decode
     */
    public ReaderModel(RegionPath region, long maxPixels) {
        this(region, maxPixels, Platform::runLater, ReaderModel::nowEpochNanos);
    }

    /**
     * @param region the region to read
     * @param maxPixels the largest image (width × height) to decode
     * @param ui runs property updates; {@code Platform::runLater} in the app
     * @param epochNanos the clock latency is measured with
     */
    public ReaderModel(RegionPath region, long maxPixels, Executor ui, LongSupplier epochNanos) {
        this.region = Objects.requireNonNull(region, "region");
        this.epochNanos = Objects.requireNonNull(epochNanos, "epochNanos");
        this.connectionUpdates = new Coalescer<>(ui, this::apply);
        this.imageUpdates = new Coalescer<>(ui, this::apply);
        this.structUpdates = new Coalescer<>(ui, this::apply);
        this.watcher = new RegionWatcher(region, maxPixels, new RegionWatcher.Listener() {
            @Override
            public void connection(ConnectionStatus status) {
                connectionUpdates.submit(status);
            }

            @Override
            public void image(ImageFetch fetch) {
                imageUpdates.submit(fetch);
            }

            @Override
            public void struct(StructFetch fetch) {
                structUpdates.submit(fetch);
            }
        });
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("shmex-reader-io").factory());
        apply(watcher.status());
        followMode.addListener((obs, was, on) -> {
            watcher.setFollow(on);
            if (on) {
                // Catch up at once rather than on the watcher's next step.
                read();
                readStruct();
            }
        });
    }

    /** Starts watching the region in the background. */
    public void start() {
        watcher.start();
    }

    /** @return the region this model reads */
    public RegionPath region() {
        return region;
    }

    /**
     * Fetches and shows the latest image in the background.
     *
     * @return completes with what was read, before it is shown
     */
    public CompletableFuture<ImageFetch> read() {
        return CompletableFuture.supplyAsync(() -> {
            ImageFetch fetch = watcher.readImage();
            imageUpdates.submit(fetch);
            return fetch;
        }, worker);
    }

    /**
     * Fetches the latest record in the background and shows it in the struct panel.
     *
     * @return completes with what was read, before it is shown
     */
    public CompletableFuture<StructFetch> readStruct() {
        return CompletableFuture.supplyAsync(() -> {
            StructFetch fetch = watcher.readStruct();
            structUpdates.submit(fetch);
            return fetch;
        }, worker);
    }

    /**
     * Writes the original bytes of the shown image, exactly as published, in the background.
     *
     * @param target the file to write
     * @return completes with {@code target}, or fails with an {@link UncheckedIOException}
     * @throws IllegalStateException if no image is shown
     */
    public CompletableFuture<Path> save(Path target) {
        ImageSnapshot shown = snapshot.get();
        if (shown == null) {
            throw new IllegalStateException("no image to save");
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.write(target, shown.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, worker);
    }

    private void apply(ConnectionStatus status) {
        if (status.state() == ConnectionState.CONNECTED && state.get() != ConnectionState.CONNECTED) {
            // A read tried before the connection left "no writer" behind; say what is true now.
            String stale = RegionWatcher.noWriterText(region);
            if (stale.equals(message.get())) {
                message.set(NOTHING_YET);
            }
            if (stale.equals(structMessage.get())) {
                structMessage.set(NOTHING_YET);
            }
        }
        state.set(status.state());
        statusText.set(status.text());
        writerStatus.set(status.writer());
    }

    private void apply(ImageFetch fetch) {
        switch (fetch) {
            case ImageFetch.Shown(ImageSnapshot shown) -> {
                snapshot.set(shown);
                image.set(shown.image());
                path.set(shown.path());
                payloadSize.set(shown.bytes().length);
                dimensions.set(shown.width() + " × " + shown.height());
                sequence.set(shown.sequence());
                published.set(Instant.ofEpochSecond(0, shown.publishedEpochNanos()));
                latencyMillis.set(latencyMillis(shown.publishedEpochNanos(), epochNanos.getAsLong()));
                message.set(null);
            }
            case ImageFetch.Refused(long seq, String text) -> {
                if (seq > 0) {
                    // A newer publication replaced the image; showing the old one would mislead.
                    snapshot.set(null);
                    image.set(null);
                    path.set(null);
                    payloadSize.set(0);
                    dimensions.set(null);
                    sequence.set(seq);
                    published.set(null);
                    latencyMillis.set(Double.NaN);
                }
                message.set(text);
            }
        }
    }

    private void apply(StructFetch fetch) {
        if (fetch.ok()) {
            testData.set(fetch.value());
            recordSequence.set(fetch.sequence());
        }
        structMessage.set(fetch.message());
    }

    /**
     * The time from publishing to showing.
     *
     * @param publishedEpochNanos the writer's timestamp
     * @param shownEpochNanos when it was shown
     * @return milliseconds, never negative (clocks of two processes on one machine agree, but not to the nanosecond)
     */
    public static double latencyMillis(long publishedEpochNanos, long shownEpochNanos) {
        return Math.max(0, shownEpochNanos - publishedEpochNanos) / 1_000_000.0;
    }

    /**
     * Formats a latency for the info card.
     *
     * @param millis milliseconds, NaN for none
     * @return e.g. "3.2 ms", "4.1 s", "3 min 20 s" or "—"
     */
    public static String formatLatency(double millis) {
        if (Double.isNaN(millis)) {
            return "—";
        }
        if (millis < 1000) {
            return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000);
        }
        long seconds = (long) (millis / 1000);
        return seconds < 3600 ? seconds / 60 + " min " + seconds % 60 + " s"
                : seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    static long nowEpochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** @return the connection state */
    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** @return one line describing the connection, e.g. "Waiting for a writer on demo…" */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** @return "writer running (pid N)", "writer not running" or "—" */
    public ReadOnlyStringProperty writerStatusProperty() {
        return writerStatus.getReadOnlyProperty();
    }

    /** @return the shown image with its publication data and original bytes; null when none */
    public ReadOnlyObjectProperty<ImageSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** @return the shown image; null when none */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** @return the path the writer published with the shown image */
    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** @return the shown image file's size in bytes */
    public ReadOnlyLongProperty payloadSizeProperty() {
        return payloadSize.getReadOnlyProperty();
    }

    /** @return e.g. "640 × 480"; null when no image is shown */
    public ReadOnlyStringProperty dimensionsProperty() {
        return dimensions.getReadOnlyProperty();
    }

    /** @return the sequence of the last image publication read */
    public ReadOnlyLongProperty sequenceProperty() {
        return sequence.getReadOnlyProperty();
    }

    /** @return when the shown image was published */
    public ReadOnlyObjectProperty<Instant> publishedProperty() {
        return published.getReadOnlyProperty();
    }

    /** @return milliseconds from publishing the shown image to showing it; NaN when none */
    public ReadOnlyDoubleProperty latencyMillisProperty() {
        return latencyMillis.getReadOnlyProperty();
    }

    /** @return why the latest image is not shown, in plain words; null when all is well */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the last record read */
    public ReadOnlyObjectProperty<TestData> testDataProperty() {
        return testData.getReadOnlyProperty();
    }

    /** @return the sequence of the last record read */
    public ReadOnlyLongProperty recordSequenceProperty() {
        return recordSequence.getReadOnlyProperty();
    }

    /** @return why the record cannot be shown; null when all is well */
    public ReadOnlyStringProperty structMessageProperty() {
        return structMessage.getReadOnlyProperty();
    }

    /** @return true while every new publication is shown as it arrives */
    public BooleanProperty followModeProperty() {
        return followMode;
    }

    /** Stops the background threads and unmaps the region. */
    @Override
    public void close() {
        watcher.close();
        worker.shutdownNow();
    }
}
