package io.shmex.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.record.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/FORMAT.md is the contract for non-Java readers: its tables must match the code. */
class FormatDocTest {
    private static final Path DOC = Path.of(System.getProperty("shmex.root", ".."), "docs", "FORMAT.md");

    @Test
    void fixedHeaderTableMatchesTheDescriptor() throws IOException {
        Map<String, long[]> rows = table("## Fixed header");
        assertThat(rows).containsOnlyKeys("magic", "version", "headerSize", "fileSize", "slotCount", "flags",
                "notify", "waiters", "writerPid", "created", "reserved");
        assertRow(rows, "magic", RegionFormat.MAGIC_OFFSET, 8);
        assertRow(rows, "version", RegionFormat.VERSION_OFFSET, 4);
        assertRow(rows, "headerSize", RegionFormat.HEADER_SIZE_OFFSET, 4);
        assertRow(rows, "fileSize", RegionFormat.FILE_SIZE_OFFSET, 8);
        assertRow(rows, "slotCount", RegionFormat.SLOT_COUNT_OFFSET, 4);
        assertRow(rows, "flags", RegionFormat.FLAGS_OFFSET, 4);
        assertRow(rows, "notify", RegionFormat.NOTIFY_OFFSET, 4);
        assertRow(rows, "waiters", RegionFormat.WAITERS_OFFSET, 4);
        assertRow(rows, "writerPid", RegionFormat.WRITER_PID_OFFSET, 8);
        assertRow(rows, "created", RegionFormat.CREATED_OFFSET, 8);
        assertThat(Files.readString(DOC)).contains("0x" + Long.toHexString(RegionFormat.MAGIC).toUpperCase()
                .replace("0X", ""));
    }

    @Test
    void slotTableMatchesTheDescriptor() throws IOException {
        Map<String, long[]> rows = table("## Slot table entry");
        assertRow(rows, "name", RegionFormat.SLOT_NAME, RegionFormat.SLOT_NAME_SIZE);
        assertRow(rows, "kind", RegionFormat.SLOT_KIND, 4);
        assertRow(rows, "bufferCount", RegionFormat.SLOT_BUFFER_COUNT, 4);
        assertRow(rows, "controlOffset", RegionFormat.SLOT_CONTROL_OFFSET, 8);
        assertRow(rows, "capacity", RegionFormat.SLOT_CAPACITY, 8);
        assertRow(rows, "bufferStride", RegionFormat.SLOT_BUFFER_STRIDE, 8);
        assertRow(rows, "fingerprint", RegionFormat.SLOT_FINGERPRINT, 8);
        assertRow(rows, "layoutTextLength", RegionFormat.SLOT_LAYOUT_TEXT_LENGTH, 4);
        assertRow(rows, "layoutTextOffset", RegionFormat.SLOT_LAYOUT_TEXT_OFFSET, 8);
        assertThat(Files.readString(DOC)).contains("`" + TestData.CODEC.describe() + "`");
    }

    @Test
    void controlAndBufferTablesMatchTheDescriptor() throws IOException {
        assertRow(table("## Slot control block"), "latestSequence", RegionFormat.CONTROL_LATEST_SEQUENCE, 8);
        Map<String, long[]> buffer = table("## Buffer header");
        assertRow(buffer, "seqlock", RegionFormat.BUFFER_SEQLOCK, 8);
        assertRow(buffer, "sequence", RegionFormat.BUFFER_SEQUENCE, 8);
        assertRow(buffer, "length", RegionFormat.BUFFER_LENGTH, 4);
        assertRow(buffer, "crc32c", RegionFormat.BUFFER_CRC, 4);
        assertRow(buffer, "timestamp", RegionFormat.BUFFER_TIMESTAMP, 8);
        assertRow(buffer, "writerPid", RegionFormat.BUFFER_WRITER_PID, 8);
        assertThat(buffer.get("payload")[0]).isEqualTo(RegionFormat.BUFFER_HEADER_SIZE);
    }

    private static void assertRow(Map<String, long[]> rows, String field, long offset, long size) {
        assertThat(rows).as("FORMAT.md row for " + field).containsKey(field);
        assertThat(rows.get(field)[0]).as("offset of " + field).isEqualTo(offset);
        if (size >= 0) {
            assertThat(rows.get(field)[1]).as("size of " + field).isEqualTo(size);
        }
    }

    /** Rows {@code | offset | size | field | ...} of the first table after {@code heading}. */
    private static Map<String, long[]> table(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int i = 0;
        while (!lines.get(i).startsWith(heading)) {
            i++;
        }
        while (!lines.get(i).startsWith("| offset")) {
            i++;
        }
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            long size = cells[2].strip().matches("\\d+") ? Long.parseLong(cells[2].strip()) : -1;
            rows.putIfAbsent(cells[3].strip(), new long[] {Long.parseLong(cells[1].strip()), size});
        }
        return rows;
    }
}
