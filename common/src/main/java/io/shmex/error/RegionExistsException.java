package io.shmex.error;

import java.nio.file.Path;

/** {@code create} was asked for a region whose file already exists. */
public final class RegionExistsException extends ShmexException {
    private static final long serialVersionUID = 1L;

    /** @param file the existing region file */
    public RegionExistsException(Path file) {
        super("region already exists: file=" + file);
    }
}
