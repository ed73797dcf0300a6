package io.shmex.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.fx.Snapshots;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the reader showing an image to {@code docs/reader.png}. Off by default so builds do not
 * rewrite the file; run with
 * {@code mvn -B -pl reader-app -am verify -Dshmex.snapshots=true -Dtest=ReaderSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "shmex.snapshots", matches = "true")
class ReaderSnapshotTest extends ReaderGuiTestBase {

    @Test
    void rendersDocsReaderPng() throws Exception {
        Path image = Files.createDirectories(tmp.resolve("Pictures")).resolve("sample.png");
        try (InputStream in = getClass().getResourceAsStream("/io/shmex/writer/sample.png")) {
            Files.copy(in, image);
        }
        openReader();
        robot.clickOn("#follow-toggle");
        // Publications arrive while following, so the latency shown is a real one, once the decoder is warm.
        startWriter("--publish-image", image.toString(), "--publish-struct", "--repeat", "12",
                "--interval-ms", "120", "--hold", "60");
        waitUntil(() -> "#12".equals(text("#sequence-label")) && "100".equals(text("#struct-id")));

        Path target = docs().resolve("reader.png");
        Snapshots.savePng(stage.getScene(), target);

        assertThat(target).isNotEmptyFile();
    }

    /** The repository's docs folder, found from the module folder tests run in. */
    private static Path docs() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("reader-app"))) {
            dir = dir.getParent();
        }
        return (dir != null ? dir : Path.of("").toAbsolutePath()).resolve("docs");
    }
}
