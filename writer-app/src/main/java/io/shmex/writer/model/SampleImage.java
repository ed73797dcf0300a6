package io.shmex.writer.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The bundled sample image, shown on start so there is something to publish at once. It is
 * copied to the user's cache folder so the published path names a real file, as it would for a
 * picked image.
 */
public final class SampleImage {
    /** The file name, also the path published if no copy can be written. */
    public static final String NAME = "sample.png";

    private SampleImage() {
    }

    /** @return the bundled PNG's bytes */
    public static byte[] bytes() {
        try (InputStream in = SampleImage.class.getResourceAsStream("/io/shmex/writer/" + NAME)) {
            if (in == null) {
                throw new IllegalStateException("sample image missing from the classpath: " + NAME);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the sample to the cache folder unless an identical copy is there.
     *
     * @return the copy's absolute path, or just {@value #NAME} if no folder is writable
     */
    public static String extract() {
        byte[] bytes = bytes();
        for (Path dir : new Path[] {cacheDir(), Path.of(System.getProperty("java.io.tmpdir"), "shmex")}) {
            Path file = dir.resolve(NAME);
            try {
                if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, "sample", ".tmp");
                    Files.write(tmp, bytes);
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                return file.toAbsolutePath().toString();
            } catch (IOException | RuntimeException e) {
                // Try the next folder.
            }
        }
        return NAME;
    }

    /** @return the platform's per-user cache folder for shmex */
    static Path cacheDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("shmex").resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/shmex");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("shmex");
    }
}
