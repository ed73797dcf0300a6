package io.shmex.error;

import java.nio.file.Path;

/** The region file does not exist (yet). Readers may wait for it to appear. */
public final class RegionNotFoundException extends ShmexException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    /** @param file the region file that was looked for */
    public RegionNotFoundException(Path file) {
        super("region not found: file=" + file);
        this.file = file;
    }

    /** @return the region file that was looked for */
    public Path file() {
        return file;
    }
}
