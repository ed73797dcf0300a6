package io.shmex.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.codec.ImagePayloadCodec;
import io.shmex.record.TestData;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs {@code shmex-writer} in separate JVMs, as users and the reader's tests do. */
class WriterCliTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static ProcessBuilder command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), WriterMain.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    static Result run(String... args) throws Exception {
        Process p = command(args).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private String region() {
        return dir.resolve("x.shm").toString();
    }

    @Test
    void publishesAnImage() throws Exception {
        byte[] png = TestImages.png(30, 20);
        Path file = TestImages.write(dir, "pic.png", png);
        Result r = run("--region", region(), "--publish-image", file.toString());
        String path = file.toAbsolutePath().toString();
        long bytes = ImagePayloadCodec.encodedLength(path, png.length);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("seq=1 bytes=" + bytes + " region=" + region() + System.lineSeparator());
        assertThat(r.exit()).isZero();
        try (Region reader = Region.open(RegionPath.of(Path.of(region())))) {
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).readLatest().payload())
                    .isEqualTo(ImagePayloadCodec.encode(path, png));
            assertThat(reader.writerStatus().running()).as("lock released on exit").isFalse();
        }
    }

    @Test
    void publishesAStructRepeatedly() throws Exception {
        Result r = run("--region", region(), "--publish-struct", "--id", "7", "--age", "-30",
                "--scores", "1,2,3,4,5,6,7,8,9,2147483647", "--repeat", "3", "--interval-ms", "5");
        String record = "Id=7,Age=-30,Scores=1,2,3,4,5,6,7,8,9,2147483647";
        assertThat(r.out().lines()).containsExactly("seq=1 " + record, "seq=2 " + record, "seq=3 " + record);
        assertThat(r.exit()).isZero();
        try (Region reader = Region.open(RegionPath.of(Path.of(region())))) {
            var latest = reader.record(RegionSpec.RECORD_SLOT, TestData.CODEC).readLatest();
            assertThat(latest.sequence()).isEqualTo(3);
            assertThat(latest.value()).isEqualTo(TestData.parse(record));
        }
    }

    @Test
    void structDefaultsToTheTutorialValuesAndCapacityIsApplied() throws Exception {
        Result r = run("--region", region(), "--capacity", "512k", "--publish-struct");
        assertThat(r.out().strip()).isEqualTo("seq=1 " + TestData.sample());
        try (Region reader = Region.open(RegionPath.of(Path.of(region())))) {
            assertThat(reader.bytes(RegionSpec.IMAGE_SLOT).capacity()).isEqualTo(512 * 1024);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--nope|Unknown option: '--nope'",
        "--publish-struct --id abc|'abc' is not an int",
        "--publish-struct --age 2147483648|'2147483648' is not an int",
        "--publish-struct --scores 1,2,3|--scores needs exactly 10 values, got 3",
        "--publish-image|Missing required parameter for option '--publish-image'",
        "--capacity 12parsecs --publish-struct|'12parsecs' is not a size",
        "--id 5|--id, --age and --scores need --publish-struct",
        "--region bad!name --publish-struct|'bad!name' is not a region name",
        "--repeat 3|--repeat and --interval-ms need --publish-image or --publish-struct"})
    void usageErrorsExit2(String args, String message) throws Exception {
        List<String> argv = new ArrayList<>(List.of(args.split(" ")));
        if (!args.contains("--region")) {
            argv.addAll(0, List.of("--region", region()));
        }
        Result r = run(argv.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines().getFirst()).startsWith("shmex-writer: ").contains(message);
        assertThat(r.out()).isEmpty();
        assertThat(Files.exists(Path.of(region()))).as("no region touched").isFalse();
    }

    @Test
    void failuresExit1WithOneLine() throws Exception {
        Path missing = dir.resolve("missing.png");
        Result r = run("--region", region(), "--publish-image", missing.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("shmex-writer: File not found: " + missing + ".");

        Path text = TestImages.write(dir, "notes.png", "just text".getBytes());
        r = run("--region", region(), "--publish-image", text.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("shmex-writer: " + text + " is not a PNG, JPEG, GIF or BMP image.");

        Path big = TestImages.write(dir, "big.png", TestImages.noisePng(120, 120));
        r = run("--region", region(), "--capacity", "16k", "--publish-image", big.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).matches("shmex-writer: The image needs [0-9.]+ KiB but the region holds 16 KiB\\.\\R");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void secondWriterIsRefusedWhileTheFirstHolds() throws Exception {
        Path file = TestImages.write(dir, "pic.png", TestImages.png(10, 10));
        Process holder = command("--region", region(), "--publish-image", file.toString(), "--hold", "60").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("seq=1 bytes=");
            Result second = run("--region", region(), "--publish-struct");
            assertThat(second.exit()).isEqualTo(1);
            assertThat(second.errLines()).hasSize(1);
            assertThat(second.err()).startsWith("shmex-writer: writer already active (pid " + holder.pid() + ")");
            assertThat(holder.isAlive()).isTrue();
        } finally {
            holder.destroy();
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        Result after = run("--region", region(), "--publish-struct");
        assertThat(after.exit()).as("a killed writer frees the region").isZero();
        assertThat(after.out()).startsWith("seq=1 ");
    }

    @Test
    void helpAndVersion() throws Exception {
        Result help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: shmex-writer").contains("--publish-image=FILE")
                .contains("--publish-struct").contains("--scores").contains("--hold").contains("--capacity=SIZE")
                .doesNotContain("--window-position");
        Result version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip()).startsWith("shmex-writer ");
    }

}
