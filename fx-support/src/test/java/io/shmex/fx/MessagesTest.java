package io.shmex.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.error.CorruptPayloadException;
import io.shmex.error.LayoutMismatchException;
import io.shmex.error.MalformedPayloadException;
import io.shmex.error.PayloadTooLargeException;
import io.shmex.error.RegionAccessException;
import io.shmex.error.RegionFormatException;
import io.shmex.error.RegionNotFoundException;
import io.shmex.error.WriterActiveException;
import io.shmex.region.Region;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0 B", "1023|1023 B", "1024|1 KiB", "1536|1.5 KiB", "1572864|1.5 MiB", "10485760|10 MiB",
        "1258291|1.2 MiB", "1073741824|1 GiB", "2147483583|2 GiB"})
    void formatsBytes(long n, String text) {
        assertThat(Messages.bytes(n)).isEqualTo(text);
    }

    @Test
    void regionNotFound() {
        Path file = dir.resolve("none.shm");
        assertThat(Messages.describe(new RegionNotFoundException(file))).isEqualTo("No region at " + file + " yet.");
    }

    @Test
    void writerActiveFromTheLibrary() {
        RegionPath path = RegionPath.of(dir.resolve("x.shm"));
        try (Region first = Region.createOrOpen(path, RegionSpec.defaults(4096))) {
            WriterActiveException e = org.junit.jupiter.api.Assertions.assertThrows(WriterActiveException.class,
                    () -> Region.createOrOpen(path, RegionSpec.defaults(4096)));
            assertThat(Messages.describe(e)).isEqualTo("Another writer (pid " + ProcessHandle.current().pid()
                    + ") is already publishing to " + path.file() + ".");
        }
    }

    @Test
    void payloadTooLarge() {
        assertThat(Messages.describe(new PayloadTooLargeException(12L << 20, 10L << 20, "region=/x slot=image")))
                .isEqualTo("The image needs 12 MiB but the region holds 10 MiB.");
    }

    @Test
    void layoutMismatchShowsBothLayouts() {
        String text = Messages.describe(new LayoutMismatchException("region=/x slot=record", "A{int id}", "B{long id}"));
        assertThat(text).startsWith("The record layout in the region differs from this app's TestData layout.")
                .contains("A{int id}").contains("B{long id}");
    }

    @Test
    void regionFormatFromTheLibrary() throws IOException {
        Path file = dir.resolve("junk.shm");
        Files.write(file, new byte[256]);
        RegionFormatException e = org.junit.jupiter.api.Assertions.assertThrows(RegionFormatException.class,
                () -> Region.open(RegionPath.of(file)));
        assertThat(Messages.describe(e)).startsWith(file + " is not a shmex region or is damaged: ");
    }

    @Test
    void otherLibraryErrors() {
        assertThat(Messages.describe(new CorruptPayloadException("checksum mismatch: sequence=3 region=/x slot=image")))
                .startsWith("The latest publication is damaged");
        assertThat(Messages.describe(new MalformedPayloadException("imageLength=-1 remaining=40")))
                .contains("imageLength=-1");
        assertThat(Messages.describe(new RegionAccessException("cannot open region file: file=/x/y.shm: boom",
                new java.nio.file.AccessDeniedException("/x/y.shm"))))
                .isEqualTo("Cannot use the region file /x/y.shm: access denied (/x/y.shm).");
    }

    @Test
    void unwrapsAndFallsBack() {
        assertThat(Messages.describe(new CompletionException(new NoSuchFileException("/a/b.png"))))
                .isEqualTo("File not found: /a/b.png.");
        assertThat(Messages.describe(new IllegalStateException("plain"))).isEqualTo("plain");
        assertThat(Messages.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
