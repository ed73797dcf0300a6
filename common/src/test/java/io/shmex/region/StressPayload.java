package io.shmex.region;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Self-checking payloads for cross-process tests: {@code [seed:8][length:4][body][crc32:8]}. The
 * trailing checksum is CRC32 (not the region's CRC32C), so a torn copy that slipped past the
 * region's own checks would still be caught here.
 */
final class StressPayload {
    static final int OVERHEAD = 20;

    private StressPayload() {
    }

    static byte[] make(long seed, int totalLength) {
        byte[] out = new byte[Math.max(OVERHEAD, totalLength)];
        ByteBuffer buf = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(0, seed);
        buf.putInt(8, out.length);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 12; i < out.length - 8; i++) {
            out[i] = (byte) random.nextInt();
        }
        CRC32 crc = new CRC32();
        crc.update(out, 0, out.length - 8);
        buf.putLong(out.length - 8, crc.getValue());
        return out;
    }

    static boolean valid(byte[] payload) {
        if (payload.length < OVERHEAD) {
            return false;
        }
        ByteBuffer buf = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        if (buf.getInt(8) != payload.length) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(payload, 0, payload.length - 8);
        return buf.getLong(payload.length - 8) == crc.getValue();
    }
}
