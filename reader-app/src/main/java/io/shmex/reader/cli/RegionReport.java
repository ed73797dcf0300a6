package io.shmex.reader.cli;

import io.shmex.fx.Messages;
import io.shmex.record.TestData;
import io.shmex.region.Region;
import io.shmex.region.RegionInfo;
import io.shmex.region.SlotSpec;
import io.shmex.region.WriterStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code --inspect} prints about a region.
 *
 * @param info the header
 * @param writer whether a writer holds it
 * @param futex whether waits use a futex
 * @param slots each slot with its latest sequence
 */
record RegionReport(RegionInfo info, WriterStatus writer, boolean futex, List<SlotReport> slots) {

    /**
     * A slot and its latest sequence.
     *
     * @param spec the slot as stored in the header
     * @param latest the latest sequence, 0 if nothing was published yet
     */
    record SlotReport(SlotSpec spec, long latest) {
    }

    static RegionReport of(Region region) {
        List<SlotReport> slots = new ArrayList<>();
        for (SlotSpec slot : region.info().slots()) {
            slots.add(new SlotReport(slot, region.latestSequence(slot.name())));
        }
        return new RegionReport(region.info(), region.writerStatus(), region.usesFutex(), slots);
    }

    String text() {
        StringBuilder s = new StringBuilder();
        line(s, "file", info.file().toString());
        line(s, "format", "version " + info.formatVersion());
        line(s, "size", Messages.bytes(info.fileSize()) + " (" + info.fileSize() + " bytes)");
        line(s, "created", info.created().toString());
        line(s, "writer", writer.running() ? "running (pid " + writer.pid() + ")"
                : "not running" + (writer.pid() > 0 ? " (last pid " + writer.pid() + ")" : ""));
        line(s, "wake-up", futex ? "futex" : "polling");
        s.append("slots:\n");
        String row = "  %-10s %-7s %10s %8s %7s  %s%n";
        s.append(String.format(Locale.ROOT, row, "NAME", "KIND", "CAPACITY", "BUFFERS", "LATEST", "LAYOUT"));
        for (SlotReport slot : slots) {
            SlotSpec spec = slot.spec();
            s.append(String.format(Locale.ROOT, row, spec.name(), kind(spec), Messages.bytes(spec.capacity()),
                    spec.bufferCount(), String.valueOf(slot.latest()),
                    spec.layoutText().isEmpty() ? "-" : spec.layoutText()));
        }
        return s.toString().stripTrailing();
    }

    String json() {
        Json json = new Json().begin()
                .field("file").value(info.file().toString())
                .field("formatVersion").value(info.formatVersion())
                .field("fileSize").value(info.fileSize())
                .field("created").value(info.created().toString())
                .field("writer").begin()
                .field("running").value(writer.running())
                .field("pid").value(writer.pid())
                .end()
                .field("futex").value(futex)
                .field("slots").beginArray();
        for (SlotReport slot : slots) {
            SlotSpec spec = slot.spec();
            json.begin().field("name").value(spec.name())
                    .field("kind").value(kind(spec))
                    .field("capacity").value(spec.capacity())
                    .field("buffers").value(spec.bufferCount())
                    .field("latestSequence").value(slot.latest());
            json.field("layout").value(spec.layoutText().isEmpty() ? null : spec.layoutText()).end();
        }
        return json.endArray().end().toString();
    }

    private static String kind(SlotSpec spec) {
        return spec.kind().name().toLowerCase(Locale.ROOT);
    }

    private static void line(StringBuilder s, String key, String value) {
        s.append(String.format(Locale.ROOT, "%-9s %s%n", key + ":", value));
    }
}
