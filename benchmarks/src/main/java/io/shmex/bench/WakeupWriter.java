package io.shmex.bench;

import io.shmex.region.BytesSlot;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writer side of {@link WakeupBenchmark}: waits out the reader's idle measurement, then publishes
 * small payloads at random gaps so each one finds the reader asleep.
 */
public final class WakeupWriter {
    private WakeupWriter() {
    }

    /**
     * Entry point of the writer JVM.
     *
     * @param args region file, events, min gap ms, max gap ms, idle seconds
     * @throws InterruptedException if interrupted while pausing
     */
    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        int events = Integer.parseInt(args[1]);
        int minGap = Integer.parseInt(args[2]);
        int maxGap = Integer.parseInt(args[3]);
        int idleSeconds = Integer.parseInt(args[4]);
        SplittableRandom random = new SplittableRandom(7);
        try (Region region = Region.create(RegionPath.of(file), RegionSpec.defaults(4096))) {
            BytesSlot slot = region.bytes(RegionSpec.IMAGE_SLOT);
            byte[] payload = new byte[64];
            // The reader measures its idle CPU while nothing is published.
            Thread.sleep(1000L + idleSeconds * 1000L);
            for (int i = 0; i < events; i++) {
                Thread.sleep(random.nextInt(minGap, maxGap + 1));
                slot.publish(payload);
            }
            Thread.sleep(500);
        }
    }
}
