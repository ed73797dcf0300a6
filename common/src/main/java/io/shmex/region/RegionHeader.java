package io.shmex.region;

import static io.shmex.format.RegionFormat.*;

import io.shmex.error.RegionFormatException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes and validates the region header. Validation checks every field against the others and
 * against the real file size, so a damaged or foreign file fails with a typed error before any
 * payload offset is used.
 */
final class RegionHeader {
    private RegionHeader() {
    }

    /** Where a slot's control block and buffers sit in the file. */
    record SlotLayout(SlotSpec spec, long controlOffset, long stride) {
        long bufferOffset(int index) {
            return controlOffset + CONTROL_SIZE + index * stride;
        }

        long end() {
            return bufferOffset(spec.bufferCount());
        }
    }

    /** The validated shape of a region. */
    record Layout(int headerSize, long fileSize, List<SlotLayout> slots) {
    }

    static Layout plan(RegionSpec spec) {
        long textOffset = SLOT_TABLE_OFFSET + (long) spec.slots().size() * SLOT_ENTRY_SIZE;
        for (SlotSpec slot : spec.slots()) {
            textOffset += utf8(slot.layoutText()).length;
        }
        long headerSize = align(textOffset);
        long offset = headerSize;
        List<SlotLayout> slots = new ArrayList<>();
        for (SlotSpec slot : spec.slots()) {
            slots.add(new SlotLayout(slot, offset, bufferStride(slot.capacity())));
            offset += slotFootprint(slot.capacity(), slot.bufferCount());
        }
        return new Layout((int) headerSize, offset, List.copyOf(slots));
    }

    /**
     * Writes a complete header into a freshly sized, zeroed mapping. The version word goes last
     * with release semantics: a reader that sees it also sees everything before it.
     */
    static void write(MemorySegment seg, Layout layout, long createdNanos, long pid) {
        seg.set(LONG, MAGIC_OFFSET, MAGIC);
        seg.set(INT, HEADER_SIZE_OFFSET, layout.headerSize());
        seg.set(LONG, FILE_SIZE_OFFSET, layout.fileSize());
        seg.set(INT, SLOT_COUNT_OFFSET, layout.slots().size());
        seg.set(INT, FLAGS_OFFSET, 0);
        seg.set(LONG, WRITER_PID_OFFSET, pid);
        seg.set(LONG, CREATED_OFFSET, createdNanos);
        long textOffset = SLOT_TABLE_OFFSET + (long) layout.slots().size() * SLOT_ENTRY_SIZE;
        for (int i = 0; i < layout.slots().size(); i++) {
            SlotLayout slot = layout.slots().get(i);
            SlotSpec spec = slot.spec();
            long entry = SLOT_TABLE_OFFSET + (long) i * SLOT_ENTRY_SIZE;
            byte[] name = utf8(spec.name());
            MemorySegment.copy(name, 0, seg, ValueLayout.JAVA_BYTE, entry + SLOT_NAME, name.length);
            seg.set(INT, entry + SLOT_KIND, spec.kind() == SlotKind.BYTES ? KIND_BYTES : KIND_RECORD);
            seg.set(INT, entry + SLOT_BUFFER_COUNT, spec.bufferCount());
            seg.set(LONG, entry + SLOT_CONTROL_OFFSET, slot.controlOffset());
            seg.set(LONG, entry + SLOT_CAPACITY, spec.capacity());
            seg.set(LONG, entry + SLOT_BUFFER_STRIDE, slot.stride());
            seg.set(LONG, entry + SLOT_FINGERPRINT, spec.fingerprint());
            byte[] text = utf8(spec.layoutText());
            seg.set(INT, entry + SLOT_LAYOUT_TEXT_LENGTH, text.length);
            seg.set(LONG, entry + SLOT_LAYOUT_TEXT_OFFSET, text.length == 0 ? 0 : textOffset);
            MemorySegment.copy(text, 0, seg, ValueLayout.JAVA_BYTE, textOffset, text.length);
            textOffset += text.length;
        }
        INT_HANDLE.setRelease(seg, VERSION_OFFSET, VERSION);
    }

    /**
     * Checks the fixed 64-byte header before anything is mapped, so a truncated file is refused
     * up front instead of faulting (SIGBUS) on first access.
     *
     * @return the file size the header declares
     */
    static long checkFixed(ByteBuffer fixed, long actualSize, Path file) {
        if (actualSize < FIXED_HEADER_SIZE || fixed.limit() < FIXED_HEADER_SIZE) {
            throw bad(file, "file too small for a region header: size=" + actualSize
                    + " minimum=" + FIXED_HEADER_SIZE);
        }
        // A heap buffer gives no 8-byte alignment guarantee, so read it as a buffer, not a segment.
        ByteBuffer seg = fixed.duplicate().order(ORDER);
        long magic = seg.getLong((int) MAGIC_OFFSET);
        if (magic != MAGIC) {
            throw bad(file, "not a shmex region (bad magic): magic=0x" + Long.toHexString(magic));
        }
        int version = seg.getInt((int) VERSION_OFFSET);
        if (version == 0) {
            throw bad(file, "region header not initialised (version=0): its writer is creating it"
                    + " or died while creating it");
        }
        if (version != VERSION) {
            throw bad(file, "unsupported region format version: version=" + version + " supported=" + VERSION);
        }
        int headerSize = seg.getInt((int) HEADER_SIZE_OFFSET);
        int slotCount = seg.getInt((int) SLOT_COUNT_OFFSET);
        long fileSize = seg.getLong((int) FILE_SIZE_OFFSET);
        if (slotCount < 1 || slotCount > MAX_SLOTS) {
            throw bad(file, "slot count out of range: slotCount=" + slotCount + " max=" + MAX_SLOTS);
        }
        long minHeader = SLOT_TABLE_OFFSET + (long) slotCount * SLOT_ENTRY_SIZE;
        long maxHeader = minHeader + (long) slotCount * MAX_LAYOUT_TEXT + ALIGNMENT;
        if (headerSize < minHeader || headerSize > maxHeader || headerSize % ALIGNMENT != 0) {
            throw bad(file, "header size out of range: headerSize=" + headerSize + " slotCount=" + slotCount);
        }
        if (fileSize < headerSize) {
            throw bad(file, "declared file size below header size: fileSize=" + fileSize
                    + " headerSize=" + headerSize);
        }
        if (actualSize < fileSize) {
            throw bad(file, "region file truncated: size=" + actualSize + " expected=" + fileSize);
        }
        return fileSize;
    }

    /** Validates the slot table of a mapped region whose fixed header already passed. */
    static Layout readSlots(MemorySegment seg, Path file) {
        int headerSize = seg.get(INT, HEADER_SIZE_OFFSET);
        int slotCount = seg.get(INT, SLOT_COUNT_OFFSET);
        long fileSize = seg.get(LONG, FILE_SIZE_OFFSET);
        long tableEnd = SLOT_TABLE_OFFSET + (long) slotCount * SLOT_ENTRY_SIZE;
        List<SlotLayout> slots = new ArrayList<>(slotCount);
        Set<String> names = new HashSet<>();
        long previousEnd = headerSize;
        for (int i = 0; i < slotCount; i++) {
            long entry = SLOT_TABLE_OFFSET + (long) i * SLOT_ENTRY_SIZE;
            String where = "slot[" + i + "]";
            String name = name(seg, entry, file, where);
            where = "slot=" + name;
            if (!names.add(name)) {
                throw bad(file, "duplicate slot name: " + where);
            }
            int kindCode = seg.get(INT, entry + SLOT_KIND);
            SlotKind kind = switch (kindCode) {
                case KIND_BYTES -> SlotKind.BYTES;
                case KIND_RECORD -> SlotKind.RECORD;
                default -> throw bad(file, "unknown slot kind: " + where + " kind=" + kindCode);
            };
            int buffers = seg.get(INT, entry + SLOT_BUFFER_COUNT);
            long control = seg.get(LONG, entry + SLOT_CONTROL_OFFSET);
            long capacity = seg.get(LONG, entry + SLOT_CAPACITY);
            long stride = seg.get(LONG, entry + SLOT_BUFFER_STRIDE);
            long fingerprint = seg.get(LONG, entry + SLOT_FINGERPRINT);
            int textLength = seg.get(INT, entry + SLOT_LAYOUT_TEXT_LENGTH);
            long textOffset = seg.get(LONG, entry + SLOT_LAYOUT_TEXT_OFFSET);
            if (buffers < MIN_BUFFERS || buffers > MAX_BUFFERS) {
                throw bad(file, "buffer count out of range: " + where + " bufferCount=" + buffers);
            }
            if (capacity < 1 || capacity > MAX_CAPACITY) {
                throw bad(file, "slot capacity out of range: " + where + " capacity=" + capacity);
            }
            if (stride < BUFFER_HEADER_SIZE + capacity || stride % ALIGNMENT != 0
                    || stride > MAX_CAPACITY + 2L * ALIGNMENT) {
                throw bad(file, "bad buffer stride: " + where + " stride=" + stride + " capacity=" + capacity);
            }
            if (control < previousEnd || control % ALIGNMENT != 0 || control > fileSize) {
                throw bad(file, "slot control offset out of range: " + where + " controlOffset=" + control
                        + " expectedAtLeast=" + previousEnd);
            }
            long end = control + CONTROL_SIZE + buffers * stride;
            if (end > fileSize) {
                throw bad(file, "slot extends past end of region: " + where + " end=" + end
                        + " fileSize=" + fileSize);
            }
            String text = "";
            if (kind == SlotKind.RECORD) {
                if (fingerprint == 0 || textLength < 1 || textLength > MAX_LAYOUT_TEXT
                        || textOffset < tableEnd || textOffset > headerSize
                        || textLength > headerSize - textOffset) {
                    throw bad(file, "bad record layout entry: " + where + " fingerprint=" + fingerprint
                            + " layoutTextOffset=" + textOffset + " layoutTextLength=" + textLength);
                }
                text = decode(seg.asSlice(textOffset, textLength), file, where + " field=layoutText");
            } else if (fingerprint != 0 || textLength != 0) {
                throw bad(file, "bytes slot carries a record layout: " + where);
            }
            slots.add(new SlotLayout(new SlotSpec(name, kind, capacity, buffers, fingerprint, text), control, stride));
            previousEnd = end;
        }
        return new Layout(headerSize, fileSize, List.copyOf(slots));
    }

    private static String name(MemorySegment seg, long entry, Path file, String where) {
        int length = 0;
        while (length < SLOT_NAME_SIZE && seg.get(ValueLayout.JAVA_BYTE, entry + SLOT_NAME + length) != 0) {
            length++;
        }
        if (length == 0 || length == SLOT_NAME_SIZE) {
            throw bad(file, "bad slot name: " + where + " (empty or not NUL-terminated)");
        }
        return decode(seg.asSlice(entry + SLOT_NAME, length), file, where + " field=name");
    }

    private static String decode(MemorySegment bytes, Path file, String where) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toArray(ValueLayout.JAVA_BYTE)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw bad(file, "invalid UTF-8 in header: " + where);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static RegionFormatException bad(Path file, String message) {
        return new RegionFormatException(message + " region=" + file);
    }
}
