package io.shmex.reader.cli;

import io.shmex.codec.ImagePayload;
import io.shmex.codec.ImagePayloadCodec;
import io.shmex.record.TestData;
import io.shmex.region.BytesSlot;
import io.shmex.region.Publication;
import io.shmex.region.RecordPublication;
import io.shmex.region.RecordSlot;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The reader's non-interactive commands: {@code --read-image}, {@code --read-struct}, {@code --inspect}. */
public final class CliActions {
    private final RegionPath path;
    private final Duration wait;
    private final PrintWriter out;

    /**
     * @param path the region
     * @param wait how long to wait for the region and a first publication; zero fails at once
     * @param out where the documented output goes
     */
    public CliActions(RegionPath path, Duration wait, PrintWriter out) {
        this.path = path;
        this.wait = wait;
        this.out = out;
    }

    /**
     * Writes the latest image's original bytes to {@code target} and prints
     * {@code path=<published path> bytes=<n> seq=<n>}.
     *
     * @param target the file to write
     */
    public void readImage(Path target) {
        RegionAccess access = new RegionAccess(path, wait);
        try (Region region = access.open()) {
            BytesSlot slot = region.bytes(RegionSpec.IMAGE_SLOT);
            access.awaitFirst(slot::latestSequence, slot::awaitNewerThan, "image");
            Publication publication = slot.readLatest();
            ImagePayload payload = ImagePayloadCodec.decode(publication.payload());
            try {
                Files.write(target, payload.image());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("path=" + payload.path() + " bytes=" + payload.image().length + " seq=" + publication.sequence());
        }
    }

    /**
     * Prints the latest record as {@code Id=..,Age=..,Scores=..} (the original's text) or as JSON.
     *
     * @param json print {@code {"id":..,"age":..,"scores":[..],"sequence":..}} instead
     */
    public void readStruct(boolean json) {
        RegionAccess access = new RegionAccess(path, wait);
        try (Region region = access.open()) {
            RecordSlot<TestData> slot = region.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
            access.awaitFirst(slot::latestSequence, slot::awaitNewerThan, "record");
            RecordPublication<TestData> latest = slot.readLatest();
            out.println(json ? json(latest) : latest.value().toString());
        }
    }

    static String json(RecordPublication<TestData> latest) {
        TestData value = latest.value();
        Json json = new Json().begin().field("id").value(value.id()).field("age").value(value.age())
                .field("scores").beginArray();
        for (int score : value.scores()) {
            json.value(score);
        }
        return json.endArray().field("sequence").value(latest.sequence()).end().toString();
    }

    /**
     * Prints the region's header, slots, latest sequences and writer.
     *
     * @param json print one JSON object instead of a table
     */
    public void inspect(boolean json) {
        RegionAccess access = new RegionAccess(path, wait);
        try (Region region = access.open()) {
            RegionReport report = RegionReport.of(region);
            out.println(json ? report.json() : report.text());
        }
    }
}
