package io.shmex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The team's read-only byte vectors, from the directory surefire names in {@code shmex.vectors}. */
public final class SharedVectors {
    private SharedVectors() {
    }

    /**
     * Reads one vector file.
     *
     * @param name file name in the vector directory, e.g. {@code red-1x1.png}
     * @return its bytes
     */
    public static byte[] read(String name) {
        String dir = System.getProperty("shmex.vectors");
        if (dir == null) {
            throw new IllegalStateException("system property shmex.vectors is not set; run the tests through Maven");
        }
        try {
            return Files.readAllBytes(Path.of(dir, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
