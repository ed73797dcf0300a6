package io.shmex.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.reader.ChildJvm;
import io.shmex.reader.TestImages;
import io.shmex.record.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only commands against one region filled by the writer's command line in another JVM. */
class ReaderCliReadTest {
    @TempDir
    static Path tmp;
    static Path region;
    static Path png;

    @BeforeAll
    static void publish() {
        region = tmp.resolve("r.shm");
        png = TestImages.writeQuadrantPng(tmp.resolve("quadrants.png"));
        ChildJvm.writer("--region", region.toString(), "--publish-image", png.toString(),
                "--publish-struct", "--id", "7", "--age", "33", "--scores", "1,2,3,4,5,6,7,8,9,10");
    }

    @Test
    void readImageWritesTheOriginalBytesAndPrintsPathBytesSeq() throws Exception {
        Path out = tmp.resolve("out.png");

        ChildJvm.Result result = ReaderCliTest.reader("--region", region.toString(), "--read-image", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().strip()).isEqualTo("path=" + png + " bytes=" + Files.size(png) + " seq=1");
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(png));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void readStructPrintsTheOriginalText() {
        ChildJvm.Result result = ReaderCliTest.reader("--region", region.toString(), "--read-struct");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("Id=7,Age=33,Scores=1,2,3,4,5,6,7,8,9,10\n");
    }

    @Test
    void readStructJson() {
        ChildJvm.Result result = ReaderCliTest.reader("--region", region.toString(), "--read-struct", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().strip())
                .isEqualTo("{\"id\":7,\"age\":33,\"scores\":[1,2,3,4,5,6,7,8,9,10],\"sequence\":1}");
    }

    @Test
    void inspectPrintsHeaderSlotsSequencesAndWriter() {
        ChildJvm.Result result = ReaderCliTest.reader("--region", region.toString(), "--inspect");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("file:     " + region)
                .contains("format:   version ")
                .contains("created:  ")
                .contains("writer:   not running")
                .containsPattern("image +bytes +10 MiB +3 +1 +-")
                .containsPattern("record +record +48 B +3 +1 +" + java.util.regex.Pattern.quote(TestData.CODEC.describe()));
    }

    @Test
    void inspectJson() {
        ChildJvm.Result result = ReaderCliTest.reader("--region", region.toString(), "--inspect", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().strip())
                .startsWith("{\"file\":\"" + region + "\",\"formatVersion\":")
                .contains(",\"writer\":{\"running\":false,\"pid\":")
                .contains("{\"name\":\"image\",\"kind\":\"bytes\",\"capacity\":10485760,\"buffers\":3,"
                        + "\"latestSequence\":1,\"layout\":null}")
                .contains("{\"name\":\"record\",\"kind\":\"record\",\"capacity\":48,\"buffers\":3,"
                        + "\"latestSequence\":1,\"layout\":\"")
                .endsWith("}]}");
    }
}
