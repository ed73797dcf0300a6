package io.shmex.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.error.ShmexException;
import io.shmex.record.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged headers must fail with a typed error, or open into a region whose slots still work;
 * never an unchecked JDK exception and never a JVM crash.
 */
class HeaderCorruptionProperties {
    private static Path dir;
    private static byte[] pristine;
    private static int headerSize;

    @BeforeContainer
    static void makePristineRegion() throws IOException {
        dir = Files.createTempDirectory("shmex-corrupt");
        RegionPath path = RegionPath.of(dir.resolve("pristine.shm"));
        try (Region region = Region.create(path, RegionSpec.defaults(4096))) {
            region.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {1, 2, 3});
            region.record(RegionSpec.RECORD_SLOT, TestData.CODEC).publish(TestData.sample());
        }
        pristine = Files.readAllBytes(path.file());
        headerSize = RegionHeader.plan(RegionSpec.defaults(4096)).headerSize();
        Region.delete(path);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300)
    void randomByteDamageInTheHeaderIsTypedOrHarmless(@ForAll("offsets") int offset, @ForAll byte value) {
        byte[] damaged = pristine.clone();
        damaged[offset] = value;
        openAndUse(damaged, "byte-" + offset + "-" + value);
    }

    @Property(tries = 300)
    void randomWordDamageInTheHeaderIsTypedOrHarmless(@ForAll("wordOffsets") int offset,
            @ForAll("interesting") long value) {
        byte[] damaged = pristine.clone();
        ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putLong(offset, value);
        openAndUse(damaged, "word-" + offset + "-" + value);
    }

    @Property(tries = 100)
    void truncationAtAnyLengthIsTyped(@ForAll("lengths") int length) {
        byte[] truncated = java.util.Arrays.copyOf(pristine, length);
        openAndUse(truncated, "len-" + length);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, headerSize - 1);
    }

    @Provide
    Arbitrary<Integer> wordOffsets() {
        return Arbitraries.integers().between(0, headerSize / 8 - 1).map(i -> i * 8);
    }

    @Provide
    Arbitrary<Long> interesting() {
        return Arbitraries.oneOf(Arbitraries.longs(),
                Arbitraries.of(0L, -1L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE,
                        4096L, 1L << 32, (long) pristine.length, pristine.length + 64L));
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, pristine.length - 1);
    }

    private static void openAndUse(byte[] bytes, String name) {
        Path file = dir.resolve(name.replace('-', '_') + ".shm");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Region region = Region.open(RegionPath.of(file))) {
            for (SlotSpec slot : region.info().slots()) {
                if (slot.kind() == SlotKind.BYTES) {
                    region.bytes(slot.name()).readLatest();
                } else {
                    region.record(slot.name(), TestData.CODEC).readLatest();
                }
            }
        } catch (ShmexException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The @AfterContainer sweep removes it.
            }
        }
    }
}
