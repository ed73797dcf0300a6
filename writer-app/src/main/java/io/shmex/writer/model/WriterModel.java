package io.shmex.writer.model;

import io.shmex.error.PayloadTooLargeException;
import io.shmex.error.ShmexException;
import io.shmex.error.WriterActiveException;
import io.shmex.fx.Messages;
import io.shmex.fx.Snapshots;
import io.shmex.record.TestData;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's state and actions, without any UI: the region it writes, the selected image, the
 * struct form, the status line and the last publication.
 *
 * <p>All I/O (reading files, decoding, mapping, publishing) runs on one background thread, in
 * call order; results are applied through the {@code ui} executor ({@code Platform::runLater} in
 * the app, direct in tests). Properties change only there. Every action returns a future that
 * completes after its result was applied: {@code true} on success, {@code false} when it failed
 * and the status says why. Nothing throws at the caller and a failure never loses the previous
 * image or publication.
 */
public final class WriterModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WriterModel.class);

    private final RegionPath path;
    private final long requestedCapacity;
    private final boolean exactCapacity;
    private final Background background;

    private final ReadOnlyObjectWrapper<RegionStatus> region = new ReadOnlyObjectWrapper<>(this, "region");
    private final ReadOnlyObjectWrapper<ImageSelection> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<Oversize> oversize = new ReadOnlyObjectWrapper<>(this, "oversize");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status",
            Status.info("Starting…"));
    private final ReadOnlyObjectWrapper<Publication> lastPublication = new ReadOnlyObjectWrapper<>(this, "lastPublication");
    private final ReadOnlyObjectWrapper<Publication> lastImage = new ReadOnlyObjectWrapper<>(this, "lastImage");
    private final ReadOnlyObjectWrapper<Publication> lastStructPublication = new ReadOnlyObjectWrapper<>(this,
            "lastStructPublication");
    private final ReadOnlyObjectWrapper<TestData> lastStructValue = new ReadOnlyObjectWrapper<>(this, "lastStructValue");
    private final StructFields struct = new StructFields();
    private final BooleanBinding canPublishImage;
    private final BooleanBinding canPublishStruct;

    /** Only touched on the io thread. */
    private Region writer;
    /** Only touched on the io thread: republished after a recreate so readers keep it. */
    private TestData lastStruct;

    /**
     * Creates the model; call {@link #open()} next.
     *
     * @param path the region to write
     * @param capacity image slot capacity for a new region
     * @param exactCapacity true if the user chose the capacity, so an existing region of another
     *     capacity is recreated
     * @param ui runs result updates, e.g. {@code Platform::runLater}
     */
    public WriterModel(RegionPath path, long capacity, boolean exactCapacity, Executor ui) {
        this.path = Objects.requireNonNull(path, "path");
        this.requestedCapacity = capacity;
        this.exactCapacity = exactCapacity;
        this.background = new Background("shmex-writer-io", Objects.requireNonNull(ui, "ui"));
        region.set(new RegionStatus(path, false, capacity, -1, null));
        canPublishImage = Bindings.createBooleanBinding(
                () -> isOpen() && image.get() != null, region, image);
        canPublishStruct = Bindings.createBooleanBinding(
                () -> isOpen() && struct.validProperty().get(), region, struct.validProperty());
        region.addListener((obs, old, now) -> updateOversize());
        image.addListener((obs, old, now) -> updateOversize());
    }

    // ---------------------------------------------------------------- state

    /** @return the region this model writes */
    public RegionPath regionPath() {
        return path;
    }

    /** @return whether the region is open, its capacity and writer pid, or why not */
    public ReadOnlyObjectProperty<RegionStatus> regionProperty() {
        return region.getReadOnlyProperty();
    }

    /** @return the image Write publishes, or null before one was loaded */
    public ReadOnlyObjectProperty<ImageSelection> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** @return set while the selected image does not fit the open region */
    public ReadOnlyObjectProperty<Oversize> oversizeProperty() {
        return oversize.getReadOnlyProperty();
    }

    /** @return the status line */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return the latest successful publication in either slot, or null */
    public ReadOnlyObjectProperty<Publication> lastPublicationProperty() {
        return lastPublication.getReadOnlyProperty();
    }

    /** @return the latest image publication of this window, or null */
    public ReadOnlyObjectProperty<Publication> lastImageProperty() {
        return lastImage.getReadOnlyProperty();
    }

    /** @return the latest struct publication of this window, or null */
    public ReadOnlyObjectProperty<Publication> lastStructProperty() {
        return lastStructPublication.getReadOnlyProperty();
    }

    /** @return the record of the latest struct publication, or null */
    public ReadOnlyObjectProperty<TestData> lastStructValueProperty() {
        return lastStructValue.getReadOnlyProperty();
    }

    /** @return true while background work is queued or running */
    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    /** @return the struct form */
    public StructFields struct() {
        return struct;
    }

    /**
     * Whether Write image can run: the region is open and an image is selected. Not tied to
     * {@link #busyProperty()}: actions queue in order, and a button disabled for a millisecond
     * would only flicker and lose the keyboard focus.
     *
     * @return the condition
     */
    public BooleanBinding canPublishImageProperty() {
        return canPublishImage;
    }

    /** @return true when Write struct can run: the region is open and every field is valid */
    public BooleanBinding canPublishStructProperty() {
        return canPublishStruct;
    }

    private boolean isOpen() {
        return region.get() != null && region.get().open();
    }

    // ---------------------------------------------------------------- actions

    /**
     * Becomes the region's writer (creating the region if needed). If another writer holds it,
     * the status says so in plain words and publishing stays disabled; call again to retry.
     *
     * @return completes after the region state was updated
     */
    public CompletableFuture<Boolean> open() {
        return submitRegion(() -> {
            if (writer == null) {
                writer = WriterRegions.openForWriting(path, requestedCapacity, exactCapacity);
            }
            return openStatus();
        }, opened -> {
            region.set(opened);
            status.set(Status.info("Ready: writing to " + path + "."));
        });
    }

    /**
     * Loads an image file: reads it, checks it is a PNG, JPEG, GIF or BMP by decoding it. On
     * failure the previous image stays selected.
     *
     * @param file the image file
     * @return completes after the image or the error was applied
     */
    public CompletableFuture<Boolean> loadImage(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return submit(() -> ImageFiles.decode(absolute.toString(), ImageFiles.read(absolute)), this::select);
    }

    /**
     * Loads image bytes that did not come from a file, e.g. pasted ones.
     *
     * @param imagePath the path to publish with them, e.g. {@code clipboard.png}
     * @param bytes the image file's bytes
     * @return completes after the image or the error was applied
     */
    public CompletableFuture<Boolean> loadImage(String imagePath, byte[] bytes) {
        return submit(() -> ImageFiles.decode(imagePath, bytes.clone()), this::select);
    }

    /**
     * Loads a decoded image, e.g. from the clipboard, by encoding it as PNG.
     *
     * @param imagePath the path to publish with it, e.g. {@code clipboard.png}
     * @param decoded the image
     * @return completes after the image or the error was applied
     */
    public CompletableFuture<Boolean> loadImage(String imagePath, Image decoded) {
        return submit(() -> ImageFiles.decode(imagePath, Snapshots.toPng(decoded)), this::select);
    }

    /**
     * Loads the bundled sample image, copied to the user's cache folder.
     *
     * @return completes after the image was applied
     */
    public CompletableFuture<Boolean> loadSample() {
        return submit(() -> ImageFiles.decode(SampleImage.extract(), SampleImage.bytes()), this::select);
    }

    /**
     * Publishes the selected image to the image slot. If it does not fit, the status says so,
     * {@link #oversizeProperty()} is set and the previous publication stays.
     *
     * @return completes after the publication or the error was applied
     */
    public CompletableFuture<Boolean> publishImage() {
        ImageSelection selected = image.get();
        if (selected == null) {
            status.set(Status.error("Choose an image first."));
            return CompletableFuture.completedFuture(false);
        }
        return submit(() -> WriterRegions.publishImage(requireWriter(), selected), done -> {
            lastImage.set(done);
            published(done);
        });
    }

    /**
     * Publishes the struct form as a TestData record.
     *
     * @return completes after the publication or the error was applied
     */
    public CompletableFuture<Boolean> publishStruct() {
        if (!struct.validProperty().get()) {
            var bad = struct.invalidFields().getFirst();
            status.set(Status.error("Fix " + bad.label() + " first: " + bad.errorProperty().get()));
            return CompletableFuture.completedFuture(false);
        }
        TestData data = struct.toTestData();
        return submit(() -> {
            Publication done = WriterRegions.publishStruct(requireWriter(), data);
            lastStruct = data;
            return done;
        }, done -> {
            lastStructPublication.set(done);
            lastStructValue.set(data);
            published(done);
        });
    }

    /**
     * Replaces the region with one whose image slot holds {@code newCapacity}, rounded up to the
     * next MiB. Readers notice and reopen. The last struct is published again so they keep it.
     *
     * @param newCapacity bytes the image slot must hold
     * @return completes after the new region state was applied
     */
    public CompletableFuture<Boolean> recreateRegion(long newCapacity) {
        long capacity = Oversize.roundUpToMiB(newCapacity);
        return submitRegion(() -> {
            RegionSpec spec = RegionSpec.defaults(capacity);
            if (writer == null) {
                writer = WriterRegions.openForWriting(path, capacity, true);
            } else {
                Region old = writer;
                writer = null;
                writer = old.recreate(spec);
            }
            Publication struct = lastStruct == null ? null : WriterRegions.publishStruct(writer, lastStruct);
            return new Recreated(openStatus(), struct);
        }, done -> {
            region.set(done.status());
            lastImage.set(null);
            lastStructPublication.set(done.struct());
            status.set(new Status(Status.Kind.SUCCESS, "Recreated the region with " + Messages.bytes(capacity)
                    + " for images; readers reconnect by themselves."));
        });
    }

    /**
     * Shows a problem found outside the model, e.g. an empty clipboard.
     *
     * @param text plain words
     */
    public void reportProblem(String text) {
        status.set(Status.error(text));
    }

    /** Releases the region (and the writer lock) and stops the background thread. */
    @Override
    public void close() {
        try {
            background.close(() -> {
                if (writer != null) {
                    writer.close();
                    writer = null;
                }
            });
        } catch (Exception e) {
            LOG.warn("Closing the region took too long or failed", e);
        }
    }

    // ---------------------------------------------------------------- internals

    /** Publishing while the region is not open; the message is the plain reason. */
    private static final class RegionUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RegionUnavailableException(String message) {
            super(message);
        }
    }

    private record Recreated(RegionStatus status, Publication struct) {
    }

    private RegionStatus openStatus() {
        return new RegionStatus(path, true, writer.bytes(RegionSpec.IMAGE_SLOT).capacity(),
                ProcessHandle.current().pid(), null);
    }

    private Region requireWriter() {
        if (writer == null) {
            RegionStatus now = region.get();
            throw new RegionUnavailableException(now != null && now.problem() != null ? now.problem()
                    : "The region is not open.");
        }
        return writer;
    }

    private void select(ImageSelection selected) {
        image.set(selected);
        Oversize tooBig = oversize.get();
        status.set(tooBig != null
                ? new Status(Status.Kind.WARNING, tooBigText(tooBig))
                : Status.info("Loaded " + selected.path() + " (" + selected.summary() + ")."));
    }

    private void published(Publication done) {
        lastPublication.set(done);
        String what = RegionSpec.IMAGE_SLOT.equals(done.slot()) ? "the image" : "the TestData record";
        status.set(new Status(Status.Kind.SUCCESS, "Wrote " + what + " (seq " + done.sequence() + ")."));
    }

    private void updateOversize() {
        ImageSelection selected = image.get();
        RegionStatus now = region.get();
        if (selected == null || now == null || !now.open()) {
            oversize.set(null);
            return;
        }
        long needed = selected.payloadLength();
        oversize.set(needed > now.capacity() ? new Oversize(needed, now.capacity()) : null);
    }

    private static String tooBigText(Oversize tooBig) {
        return Messages.describe(new PayloadTooLargeException(tooBig.needed(), tooBig.capacity(), ""));
    }

    private void failed(Throwable e, boolean regionAction) {
        String text = Messages.describe(e);
        if (e instanceof ShmexException || e instanceof ImageFiles.NotAnImageException
                || e instanceof java.io.IOException || e instanceof RegionUnavailableException) {
            LOG.info("Writer action failed: {} ({})", text, e.toString());
            LOG.debug("Details", e);
        } else {
            LOG.warn("Writer action failed: {}", text, e);
        }
        if (regionAction && writer == null) {
            long pid = e instanceof WriterActiveException active ? active.pid() : -1;
            region.set(new RegionStatus(path, false, requestedCapacity, pid, text));
        }
        if (e instanceof PayloadTooLargeException tooLarge) {
            oversize.set(new Oversize(tooLarge.length(), tooLarge.capacity()));
        }
        status.set(Status.error(text));
    }

    /** Runs {@code work} in the background, then {@code apply} or the error report in the UI. */
    private <T> CompletableFuture<Boolean> submit(Callable<T> work, Consumer<T> apply) {
        return background.run(work, apply, e -> failed(e, false));
    }

    private <T> CompletableFuture<Boolean> submitRegion(Callable<T> work, Consumer<T> apply) {
        return background.run(work, apply, e -> failed(e, true));
    }
}
