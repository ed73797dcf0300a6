package io.shmex.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.reader.ChildJvm;
import io.shmex.reader.OtherRecord;
import io.shmex.reader.TestImages;
import io.shmex.record.RecordCodec;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each documented command of {@code shmex-reader}, run in its own JVM as a user would. */
class ReaderCliTest {
    private static final String READER = "io.shmex.reader.ReaderMain";

    static ChildJvm.Result reader(String... args) {
        return ChildJvm.run(READER, args);
    }

    /** The exit code, and for failures exactly one line on stderr. */
    static void assertFailure(ChildJvm.Result result, int code, String text) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(code);
        assertThat(result.err()).contains(text);
        if (code == 1) {
            assertThat(result.err().strip().lines()).as(result.err()).hasSize(1).allMatch(l -> l.startsWith("shmex-reader: "));
        }
    }

    @Test
    void helpAndVersionExitZero() {
        ChildJvm.Result help = reader("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--read-image", "--read-struct", "--inspect", "--json", "--wait",
                "--max-pixels", "--region").doesNotContain("--window-position");

        ChildJvm.Result version = reader("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("shmex-reader ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertFailure(reader("--no-such-option"), 2, "Unknown option: '--no-such-option'");
        assertFailure(reader("--json"), 2, "--json works only with --read-struct or --inspect");
        assertFailure(reader("--read-struct", "--inspect"), 2, "mutually exclusive");
        assertFailure(reader("--wait", "-1", "--inspect"), 2, "--wait must be between 0 and 86400 seconds");
        assertFailure(reader("--region", "bad name!", "--inspect"), 2, "is not a region name");
        assertFailure(reader("--follow", "--inspect"), 2, "--follow works only in the window");
    }

    @Test
    void aMissingRegionFailsWithOneLine(@TempDir Path tmp) {
        String region = tmp.resolve("missing.shm").toString();

        assertFailure(reader("--region", region, "--read-image", tmp.resolve("x.png").toString()), 1,
                "shmex-reader: no region at " + region + " (is a writer running? --wait SECONDS waits for one)");
        assertFailure(reader("--region", region, "--read-struct"), 1, "no region at " + region);
        assertFailure(reader("--region", region, "--inspect", "--json"), 1, "no region at " + region);
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    @Test
    void nothingPublishedYetFails(@TempDir Path tmp) {
        RegionPath path = RegionPath.of(tmp.resolve("r.shm"));
        try (Region writer = Region.create(path, RegionSpec.defaults())) {
            assertFailure(reader("--region", path.toString(), "--read-image", tmp.resolve("x.png").toString()), 1,
                    "no image has been published on r.shm yet (--wait SECONDS waits for one)");
            assertFailure(reader("--region", path.toString(), "--wait", "0.3", "--read-struct"), 1,
                    "no record has been published on r.shm yet (waited 0.3 s)");
        }
    }

    @Test
    void recordLayoutMismatchFails(@TempDir Path tmp) {
        RegionPath path = RegionPath.of(tmp.resolve("r.shm"));
        RegionSpec spec = RegionSpec.builder().bytes(RegionSpec.IMAGE_SLOT, 1 << 20)
                .record(RegionSpec.RECORD_SLOT, RecordCodec.of(OtherRecord.class)).build();
        try (Region writer = Region.create(path, spec)) {
            writer.record(RegionSpec.RECORD_SLOT, RecordCodec.of(OtherRecord.class)).publish(new OtherRecord(1, 2));

            assertFailure(reader("--region", path.toString(), "--read-struct"), 1,
                    "The record layout in the region differs from this app's TestData layout");
            // Inspecting still reports the foreign record slot, sequence included.
            var inspect = reader("--region", path.toString(), "--inspect", "--json");
            assertThat(inspect.exitCode()).as(inspect.toString()).isZero();
            assertThat(inspect.out()).contains("\"name\":\"record\",\"kind\":\"record\"")
                    .contains("\"latestSequence\":1,\"layout\":\"OtherRecord{");
        }
    }

    @Test
    void waitWaitsForAWriterStartedLater(@TempDir Path tmp) throws Exception {
        Path region = tmp.resolve("late.shm");
        Path png = TestImages.writeQuadrantPng(tmp.resolve("late.png"));
        Path out = tmp.resolve("out.png");
        try (ChildJvm reader = ChildJvm.start(READER, "--region", region.toString(), "--wait", "30",
                "--read-image", out.toString())) {
            Thread.sleep(500);
            assertThat(reader.process().isAlive()).isTrue();

            ChildJvm.writer("--region", region.toString(), "--publish-image", png.toString());

            ChildJvm.Result result = reader.await(Duration.ofSeconds(30));
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).startsWith("path=" + png + " ");
            assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(png));
        }
    }
}
