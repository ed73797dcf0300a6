package io.shmex.region;

import io.shmex.record.TestData;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The writer process of the cross-process tests.
 *
 * <p>Arguments: {@code <region file> <count> <maxBytes> <holdSeconds> [bufferCount]}. Publishes {@code count}
 * self-checking payloads of random sizes and as many self-consistent {@code TestData} records,
 * as fast as it can, then keeps the writer lock for {@code holdSeconds}. A count of -1 publishes
 * until killed.
 */
public final class PublisherMain {
    private PublisherMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long count = Long.parseLong(args[1]);
        int maxBytes = Integer.parseInt(args[2]);
        long holdSeconds = Long.parseLong(args[3]);
        SplittableRandom random = new SplittableRandom(42);
        RegionSpec spec = args.length > 4
                ? RegionSpec.builder()
                        .slot(new SlotSpec(RegionSpec.IMAGE_SLOT, SlotKind.BYTES, maxBytes, Integer.parseInt(args[4]), 0, ""))
                        .record(RegionSpec.RECORD_SLOT, TestData.CODEC).build()
                : RegionSpec.defaults(maxBytes);
        try (Region region = Region.createOrOpen(RegionPath.of(file), spec)) {
            BytesSlot image = region.bytes(RegionSpec.IMAGE_SLOT);
            RecordSlot<TestData> record = region.record(RegionSpec.RECORD_SLOT, TestData.CODEC);
            System.out.println("READY pid=" + ProcessHandle.current().pid());
            for (long i = 1; count < 0 || i <= count; i++) {
                int size = random.nextInt(StressPayload.OVERHEAD, maxBytes + 1);
                image.publish(StressPayload.make(i, size));
                record.publish(consistentRecord((int) i));
                if (i == 1) {
                    System.out.println("FIRST");
                }
            }
            System.out.println("DONE");
            Thread.sleep(holdSeconds * 1000);
        }
    }

    /** A record whose fields all derive from {@code id}, so a mixed (torn) record is detectable. */
    static TestData consistentRecord(int id) {
        int[] scores = new int[TestData.SCORE_COUNT];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = id * 31 + k;
        }
        return new TestData(id, ~id, scores);
    }

    static boolean consistent(TestData data) {
        return data.equals(consistentRecord(data.id()));
    }
}
