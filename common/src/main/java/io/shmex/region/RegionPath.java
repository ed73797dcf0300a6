package io.shmex.region;

import io.shmex.error.InvalidRegionNameException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a region lives: a validated name in the per-user default directory, or an explicit file.
 *
 * <p>Names resolve to {@code /dev/shm/shmex-<user>/<name>.shm} on Linux (RAM-backed, so no disk
 * writes), or to {@code <java.io.tmpdir>/shmex-<user>/} where {@code /dev/shm} is missing and on
 * macOS and Windows. The writer's lock file sits beside the region as {@code <file>.lock}.
 */
public final class RegionPath {
    /** The region both apps use when none is given. */
    public static final String DEFAULT_NAME = "shmex-default";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String SUFFIX = ".shm";

    private final Path file;
    private final String name;

    private RegionPath(Path file, String name) {
        this.file = file.toAbsolutePath().normalize();
        this.name = name;
    }

    /**
     * A named region in the per-user default directory.
     *
     * @param name 1 to 64 characters of {@code [A-Za-z0-9._-]}
     * @return the region path
     * @throws InvalidRegionNameException if the name has other characters or is too long
     */
    public static RegionPath named(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new InvalidRegionNameException("invalid region name: name=\"" + name
                    + "\" (allowed: 1 to 64 of A-Z a-z 0-9 . _ -)");
        }
        return new RegionPath(defaultDirectory().resolve(name + SUFFIX), name);
    }

    /**
     * A region at an explicit file path, e.g. on a shared disk or in a test's temporary folder.
     *
     * @param file the region file
     * @return the region path
     */
    public static RegionPath of(Path file) {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        if (fileName == null) {
            throw new InvalidRegionNameException("region path has no file name: path=" + file);
        }
        return new RegionPath(file, fileName.toString());
    }

    /**
     * Reads a command-line or settings value: anything containing a path separator, or starting
     * with {@code ~} or {@code .}, or ending in {@code .shm}, is a path; otherwise a name.
     *
     * @param nameOrPath a region name or file path
     * @return the region path
     */
    public static RegionPath parse(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        String value = nameOrPath.strip();
        if (value.startsWith("~/")) {
            return of(Path.of(System.getProperty("user.home"), value.substring(2)));
        }
        boolean looksLikePath = value.contains("/") || value.contains("\\")
                || value.endsWith(SUFFIX) || value.startsWith(".");
        return looksLikePath ? of(Path.of(value)) : named(value);
    }

    /** @return the region both apps use by default */
    public static RegionPath defaultRegion() {
        return named(DEFAULT_NAME);
    }

    /**
     * The per-user directory named regions live in. It is created 0700 on first use.
     *
     * @return {@code /dev/shm/shmex-<user>} on Linux, else {@code <tmp>/shmex-<user>}
     */
    public static Path defaultDirectory() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path shm = Path.of("/dev/shm");
        Path base = os.contains("linux") && Files.isDirectory(shm) && Files.isWritable(shm)
                ? shm
                : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("shmex-" + user);
    }

    /** @return the absolute region file */
    public Path file() {
        return file;
    }

    /** @return the writer's lock file beside the region */
    public Path lockFile() {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** @return the name given, or the file name for explicit paths */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionPath other && other.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }

    /** @return the absolute file path, which is what users need to see in messages */
    @Override
    public String toString() {
        return file.toString();
    }
}
