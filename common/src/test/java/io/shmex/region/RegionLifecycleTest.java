package io.shmex.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shmex.error.InvalidRegionNameException;
import io.shmex.error.LayoutMismatchException;
import io.shmex.error.RegionAccessException;
import io.shmex.error.RegionClosedException;
import io.shmex.error.RegionExistsException;
import io.shmex.error.RegionFormatException;
import io.shmex.error.RegionNotFoundException;
import io.shmex.error.WriterActiveException;
import io.shmex.format.RegionFormat;
import io.shmex.record.Length;
import io.shmex.record.RecordCodec;
import io.shmex.record.TestData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionLifecycleTest {
    @TempDir
    Path dir;

    private RegionPath at(String name) {
        return RegionPath.of(dir.resolve(name));
    }

    @Test
    void createThenOpenSeesTheSameSlots() throws IOException {
        RegionPath path = at("a.shm");
        try (Region writer = Region.create(path, RegionSpec.defaults(4096));
                Region reader = Region.open(path)) {
            assertThat(writer.isWriter()).isTrue();
            assertThat(reader.isWriter()).isFalse();
            assertThat(reader.info().formatVersion()).isEqualTo(RegionFormat.VERSION);
            assertThat(reader.info().slots()).isEqualTo(writer.info().slots());
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).capacity()).isEqualTo(4096);
            assertThat(reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).codec()).isSameAs(TestData.CODEC);
            assertThat(Files.size(path.file())).isEqualTo(reader.info().fileSize());
        }
    }

    @Test
    void createRefusesAnExistingFile() {
        RegionPath path = at("b.shm");
        try (Region ignored = Region.create(path, RegionSpec.defaults(1024))) {
            assertThat(ignored.path()).isEqualTo(path);
        }
        assertThatThrownBy(() -> Region.create(path, RegionSpec.defaults(1024)))
                .isInstanceOf(RegionExistsException.class).hasMessageContaining(path.file().toString());
    }

    @Test
    void openOfAMissingRegionIsATypedNotFound() {
        RegionPath path = at("missing.shm");
        assertThatThrownBy(() -> Region.open(path))
                .isInstanceOf(RegionNotFoundException.class)
                .hasMessageContaining(path.file().toString());
        assertThatThrownBy(() -> Region.openWhenReady(path, Duration.ofMillis(100)))
                .isInstanceOf(RegionNotFoundException.class);
    }

    @Test
    void openWhenReadyConnectsOnceAWriterCreatesTheRegion() throws Exception {
        RegionPath path = at("later.shm");
        CompletableFuture<Region> reader = CompletableFuture.supplyAsync(
                () -> Region.openWhenReady(path, Duration.ofSeconds(10)));
        Thread.sleep(200);
        assertThat(reader).isNotDone();
        try (Region writer = Region.create(path, RegionSpec.defaults(1024));
                Region opened = reader.get()) {
            writer.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {1, 2, 3});
            assertThat(opened.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aReaderRacingTheCreatorSeesNotFoundOrAWholeRegionNeverAHalfBuiltOne() throws Exception {
        for (int round = 0; round < 30; round++) {
            RegionPath path = at("race-" + round + ".shm");
            CompletableFuture<Region> reader = CompletableFuture.supplyAsync(() -> {
                while (true) {
                    try {
                        return Region.open(path);
                    } catch (RegionNotFoundException expected) {
                        Thread.onSpinWait();
                    }
                }
            });
            try (Region writer = Region.create(path, RegionSpec.defaults(1 << 20));
                    Region opened = reader.get(10, java.util.concurrent.TimeUnit.SECONDS)) {
                assertThat(opened.info().slots()).isEqualTo(writer.info().slots());
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".creating"));
        }
    }

    @Test
    void createOrOpenKeepsPublicationsAndTheExistingCapacity() {
        RegionPath path = at("c.shm");
        try (Region first = Region.createOrOpen(path, RegionSpec.defaults(2048))) {
            first.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {9});
        }
        try (Region second = Region.createOrOpen(path, RegionSpec.defaults(999_999))) {
            BytesSlot image = second.bytes(RegionSpec.IMAGE_SLOT);
            assertThat(image.capacity()).isEqualTo(2048);
            assertThat(image.readLatest().payload()).containsExactly(9);
            assertThat(image.publish(new byte[] {10})).isEqualTo(2);
        }
    }

    @Test
    void createFromFileFormatsAnExistingFileButNotAnExistingRegion() throws IOException {
        Path file = dir.resolve("plain.bin");
        Files.write(file, new byte[100_000]);
        Files.write(file, "some earlier content".getBytes(), java.nio.file.StandardOpenOption.WRITE);
        try (Region region = Region.createFromFile(file, RegionSpec.defaults(1024))) {
            assertThat(region.bytes(RegionSpec.IMAGE_SLOT).readLatest()).isNull();
            region.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {5});
        }
        assertThat(Files.size(file)).as("never shrunk").isEqualTo(100_000);
        try (Region reader = Region.open(RegionPath.of(file))) {
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload()).containsExactly(5);
        }
        assertThatThrownBy(() -> Region.createFromFile(file, RegionSpec.defaults(1024)))
                .isInstanceOf(RegionExistsException.class);
        assertThatThrownBy(() -> Region.createFromFile(dir.resolve("nope.bin"), RegionSpec.defaults(1024)))
                .isInstanceOf(RegionNotFoundException.class);
    }

    @Test
    void truncatedFileIsRefusedBeforeMapping() throws IOException {
        RegionPath path = at("t.shm");
        try (Region ignored = Region.create(path, RegionSpec.defaults(64 * 1024))) {
            assertThat(ignored.isWriter()).isTrue();
        }
        long size = Files.size(path.file());
        try (RandomAccessFile raf = new RandomAccessFile(path.file().toFile(), "rw")) {
            raf.setLength(size - 1);
        }
        assertThatThrownBy(() -> Region.open(path))
                .isInstanceOf(RegionFormatException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining("size=" + (size - 1))
                .hasMessageContaining(path.file().toString());
        try (RandomAccessFile raf = new RandomAccessFile(path.file().toFile(), "rw")) {
            raf.setLength(10);
        }
        assertThatThrownBy(() -> Region.open(path)).isInstanceOf(RegionFormatException.class)
                .hasMessageContaining("too small");
    }

    @Test
    void foreignFilesAndUnknownVersionsAreTypedFormatErrors() throws IOException {
        Path foreign = dir.resolve("foreign.shm");
        Files.write(foreign, new byte[4096]);
        assertThatThrownBy(() -> Region.open(RegionPath.of(foreign)))
                .isInstanceOf(RegionFormatException.class).hasMessageContaining("bad magic");
        assertThatThrownBy(() -> Region.createOrOpen(RegionPath.of(foreign), RegionSpec.defaults(1024)))
                .isInstanceOf(RegionFormatException.class);
        assertThat(Files.readAllBytes(foreign)).as("a foreign file is never overwritten").containsOnly(0);

        RegionPath path = at("v.shm");
        try (Region ignored = Region.create(path, RegionSpec.defaults(1024))) {
            assertThat(ignored.isWriter()).isTrue();
        }
        try (RandomAccessFile raf = new RandomAccessFile(path.file().toFile(), "rw")) {
            raf.seek(RegionFormat.VERSION_OFFSET);
            raf.write(new byte[] {99, 0, 0, 0});
        }
        assertThatThrownBy(() -> Region.open(path))
                .isInstanceOf(RegionFormatException.class).hasMessageContaining("version=99");
    }

    @Test
    void aHeaderLeftAtVersionZeroIsReinitialisedByTheNextWriter() throws IOException {
        RegionPath path = at("half.shm");
        try (Region ignored = Region.create(path, RegionSpec.defaults(1024))) {
            assertThat(ignored.isWriter()).isTrue();
        }
        try (RandomAccessFile raf = new RandomAccessFile(path.file().toFile(), "rw")) {
            raf.seek(RegionFormat.VERSION_OFFSET);
            raf.write(new byte[4]);
        }
        assertThatThrownBy(() -> Region.open(path))
                .isInstanceOf(RegionFormatException.class).hasMessageContaining("not initialised");
        try (Region writer = Region.createOrOpen(path, RegionSpec.defaults(1024))) {
            assertThat(writer.bytes(RegionSpec.IMAGE_SLOT).latestSequence()).isZero();
        }
        try (Region reader = Region.open(path)) {
            assertThat(reader.info().formatVersion()).isEqualTo(RegionFormat.VERSION);
        }
    }

    @Test
    void secondWriterInTheSameProcessIsRefused() {
        RegionPath path = at("w.shm");
        try (Region writer = Region.create(path, RegionSpec.defaults(1024))) {
            assertThatThrownBy(() -> Region.createOrOpen(path, RegionSpec.defaults(1024)))
                    .isInstanceOf(WriterActiveException.class)
                    .hasMessageContaining("writer already active (pid " + ProcessHandle.current().pid() + ")");
            assertThat(writer.writerStatus().running()).isTrue();
            try (Region reader = Region.open(path)) {
                assertThat(reader.writerStatus())
                        .isEqualTo(new WriterStatus(true, ProcessHandle.current().pid()));
            }
        }
        try (Region reader = Region.open(path)) {
            assertThat(reader.writerStatus().running()).isFalse();
        }
        try (Region again = Region.createOrOpen(path, RegionSpec.defaults(1024))) {
            assertThat(again.isWriter()).isTrue();
        }
    }

    @Test
    void recordLayoutMismatchShowsBothLayouts() {
        RegionPath path = at("m.shm");
        RecordCodec<Other> other = RecordCodec.of(Other.class);
        try (Region ignored = Region.create(path, RegionSpec.defaults(1024));
                Region reader = Region.open(path)) {
            assertThatThrownBy(() -> reader.record(RegionSpec.RECORD_SLOT, other))
                    .isInstanceOf(LayoutMismatchException.class)
                    .hasMessageContaining(other.describe())
                    .hasMessageContaining(TestData.CODEC.describe())
                    .hasMessageContaining("slot=record");
        }
        RegionSpec otherSpec = RegionSpec.builder().bytes(RegionSpec.IMAGE_SLOT, 1024)
                .record(RegionSpec.RECORD_SLOT, other).build();
        try (Region reader = Region.open(path)) {
            assertThat(reader.latestSequence(RegionSpec.RECORD_SLOT)).as("no codec needed").isZero();
            assertThatThrownBy(() -> reader.latestSequence("nope")).isInstanceOf(RegionFormatException.class);
        }
        assertThatThrownBy(() -> Region.createOrOpen(path, otherSpec)).isInstanceOf(LayoutMismatchException.class);
    }

    @Test
    void slotsAreLookedUpByNameAndKind() {
        try (Region region = Region.create(at("k.shm"), RegionSpec.defaults(1024))) {
            assertThatThrownBy(() -> region.bytes(RegionSpec.RECORD_SLOT))
                    .isInstanceOf(RegionFormatException.class).hasMessageContaining("no bytes slot named 'record'");
            assertThatThrownBy(() -> region.bytes("nope")).isInstanceOf(RegionFormatException.class);
        }
    }

    @Test
    void useAfterCloseIsATypedError() {
        Region region = Region.create(at("closed.shm"), RegionSpec.defaults(1024));
        BytesSlot image = region.bytes(RegionSpec.IMAGE_SLOT);
        region.close();
        region.close();
        assertThatThrownBy(() -> image.publish(new byte[1])).isInstanceOf(RegionClosedException.class);
        assertThatThrownBy(image::readLatest).isInstanceOf(RegionClosedException.class);
        assertThatThrownBy(() -> region.bytes(RegionSpec.IMAGE_SLOT)).isInstanceOf(RegionClosedException.class);
    }

    @Test
    void recreateRetiresTheOldFileAndKeepsTheWriterLock() {
        RegionPath path = at("grow.shm");
        Region writer = Region.create(path, RegionSpec.defaults(1024));
        writer.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {1});
        try (Region reader = Region.open(path)) {
            assertThat(reader.isStale()).isFalse();
            try (Region bigger = writer.recreate(RegionSpec.defaults(8192))) {
                assertThat(reader.isStale()).isTrue();
                assertThatThrownBy(() -> Region.createOrOpen(path, RegionSpec.defaults(1024)))
                        .isInstanceOf(WriterActiveException.class);
                assertThat(bigger.bytes(RegionSpec.IMAGE_SLOT).capacity()).isEqualTo(8192);
                try (Region reopened = Region.open(path)) {
                    assertThat(reopened.bytes(RegionSpec.IMAGE_SLOT).capacity()).isEqualTo(8192);
                    assertThat(reopened.isStale()).isFalse();
                }
            }
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload())
                    .as("old readers keep their last snapshot").containsExactly(1);
        }
        assertThatThrownBy(() -> writer.bytes(RegionSpec.IMAGE_SLOT)).isInstanceOf(RegionClosedException.class);
    }

    @Test
    void deleteRemovesRegionAndLockButNotWhileAWriterIsActive() {
        RegionPath path = at("d.shm");
        try (Region ignored = Region.create(path, RegionSpec.defaults(1024))) {
            assertThatThrownBy(() -> Region.delete(path)).isInstanceOf(WriterActiveException.class);
        }
        assertThat(Region.delete(path)).isTrue();
        assertThat(path.file()).doesNotExist();
        assertThat(path.lockFile()).doesNotExist();
        assertThat(Region.delete(path)).isFalse();
    }

    @Test
    void namesAreValidated() {
        assertThat(RegionPath.named("cam-0_1.v2").file().getFileName().toString()).isEqualTo("cam-0_1.v2.shm");
        for (String bad : new String[] {"", "a/b", "..", "x y", "ü", "a".repeat(65)}) {
            assertThatThrownBy(() -> RegionPath.named(bad)).isInstanceOf(InvalidRegionNameException.class);
        }
        assertThat(RegionPath.parse("demo")).isEqualTo(RegionPath.named("demo"));
        assertThat(RegionPath.parse(dir.resolve("x.shm").toString()).file()).isEqualTo(dir.resolve("x.shm"));
        assertThat(RegionPath.defaultDirectory().getFileName().toString()).startsWith("shmex-");
    }

    @Test
    void namedRegionsLiveInAPrivatePerUserDirectoryAndAreCleanedUp() throws IOException {
        RegionPath path = RegionPath.named("test-" + UUID.randomUUID());
        boolean dirExisted = Files.isDirectory(RegionPath.defaultDirectory());
        try (Region region = Region.create(path, RegionSpec.defaults(1024))) {
            assertThat(path.file().getParent()).isEqualTo(RegionPath.defaultDirectory());
            assertThat(region.bytes(RegionSpec.IMAGE_SLOT).publish(new byte[] {1})).isEqualTo(1);
        } finally {
            try {
                assertThat(Region.delete(path)).isTrue();
                assertThat(path.file()).doesNotExist();
                assertThat(path.lockFile()).doesNotExist();
            } finally {
                // Whatever failed above, leave nothing behind in /dev/shm.
                Files.deleteIfExists(path.file());
                Files.deleteIfExists(path.lockFile());
                if (!dirExisted) {
                    Files.deleteIfExists(RegionPath.defaultDirectory());
                }
            }
        }
    }

    @Test
    void posixPermissionsArePrivate() throws IOException {
        assumeTrue(RegionFiles.posix());
        RegionPath path = RegionPath.of(dir.resolve("nested/deeper/p.shm"));
        try (Region ignored = Region.create(path, RegionSpec.defaults(1024))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path.file())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path.lockFile())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path.file().getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void symlinksAreRefused() throws IOException {
        assumeTrue(RegionFiles.posix());
        RegionPath real = at("real.shm");
        try (Region ignored = Region.create(real, RegionSpec.defaults(1024))) {
            assertThat(ignored.isWriter()).isTrue();
        }
        Path link = dir.resolve("link.shm");
        Files.createSymbolicLink(link, real.file());
        assertThatThrownBy(() -> Region.open(RegionPath.of(link)))
                .isInstanceOf(RegionAccessException.class).hasMessageContaining("symbolic link")
                .hasMessageContaining(link.toString());
        assertThatThrownBy(() -> Region.createOrOpen(RegionPath.of(link), RegionSpec.defaults(1024)))
                .isInstanceOf(RegionAccessException.class);
        Path dangling = dir.resolve("dangling.shm");
        Files.createSymbolicLink(dangling, dir.resolve("target-that-does-not-exist"));
        assertThatThrownBy(() -> Region.create(RegionPath.of(dangling), RegionSpec.defaults(1024)))
                .isInstanceOf(RegionAccessException.class);
        assertThat(dir.resolve("target-that-does-not-exist")).doesNotExist();
    }

    /** Same size as TestData but another layout. */
    record Other(long id, @Length(10) int[] values) {
    }
}
