package io.shmex.bench;

import com.sun.management.OperatingSystemMXBean;
import io.shmex.region.BytesSlot;
import io.shmex.region.PublicationInfo;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Reader side of {@link WakeupBenchmark}: measures its own CPU use while idle, then the delay from
 * each publication's timestamp to the moment its wait returned.
 */
public final class WakeupReader {
    private WakeupReader() {
    }

    /**
     * Entry point of the reader JVM; prints {@code RESULT p50 p90 p99 max idleCpuPercent}.
     *
     * @param args region file, events, idle seconds, warm-up wake-ups left out of the histogram
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        int events = Integer.parseInt(args[1]);
        int idleSeconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Histogram wake = new Histogram(10_000_000_000L, 3);
        try (Region region = Region.openWhenReady(RegionPath.of(file), Duration.ofSeconds(30));
                Arena arena = Arena.ofConfined()) {
            BytesSlot slot = region.bytes(RegionSpec.IMAGE_SLOT);
            MemorySegment copy = arena.allocate(slot.capacity());
            PublicationInfo info = new PublicationInfo();
            System.out.println("futex=" + region.usesFutex());

            // Idle: wait for a publication that does not come, as a follow-mode reader does.
            Thread.sleep(300);
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            long idleEnd = wall0 + idleSeconds * 1_000_000_000L;
            while (System.nanoTime() < idleEnd && slot.latestSequence() == 0) {
                slot.awaitNewerThan(0, Duration.ofNanos(Math.max(1, idleEnd - System.nanoTime())));
            }
            double idleCpu = 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - wall0);

            long seen = slot.latestSequence();
            while (seen < events) {
                long latest = slot.awaitNewerThan(seen, Duration.ofSeconds(5));
                if (latest == seen) {
                    break;
                }
                Instant now = Instant.now();
                slot.readLatest(copy, info);
                long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
                if (latest == seen + 1 && latest > warmup) {
                    wake.recordValue(Math.max(0, nowNanos - info.timestampEpochNanos()));
                }
                seen = latest;
            }
            System.out.printf(Locale.ROOT, "wake-ups recorded: %d of %d (first %d left out as warm-up)%n",
                    wake.getTotalCount(), events, warmup);
            System.out.printf(Locale.ROOT, "RESULT %.1f %.1f %.1f %.1f %.3f%n",
                    wake.getValueAtPercentile(50) / 1e3, wake.getValueAtPercentile(90) / 1e3,
                    wake.getValueAtPercentile(99) / 1e3, wake.getMaxValue() / 1e3, idleCpu);
        }
    }
}
