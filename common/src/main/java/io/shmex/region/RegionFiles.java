package io.shmex.region;

import io.shmex.error.RegionAccessException;
import io.shmex.error.RegionExistsException;
import io.shmex.error.RegionNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** File-system rules for regions: private directories and files, and no symlinks. */
final class RegionFiles {
    private static final Set<PosixFilePermission> DIR_PERMS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_PERMS = PosixFilePermissions.fromString("rw-------");

    private RegionFiles() {
    }

    static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the parent directory (0700 when the OS has POSIX permissions) if it is missing. */
    static void ensureParent(Path file) {
        Path dir = file.getParent();
        if (dir == null || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (posix()) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_PERMS));
                // createDirectories honours the umask; set the mode explicitly so it is really 0700.
                Files.setPosixFilePermissions(dir, DIR_PERMS);
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new RegionAccessException("cannot create region directory: dir=" + dir + ": " + e, e);
        }
    }

    static void refuseSymlink(Path file) {
        if (Files.isSymbolicLink(file)) {
            throw new RegionAccessException("refusing to open a symbolic link as a region: file=" + file);
        }
    }

    /** Creates a new private file; fails if anything, a symlink included, is already there. */
    static FileChannel createNew(Path file) {
        ensureParent(file);
        refuseSymlink(file);
        try {
            FileAttribute<?>[] attrs = posix()
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMS)}
                    : new FileAttribute<?>[0];
            FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE), attrs);
            if (posix()) {
                Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setPermissions(FILE_PERMS);
            }
            return channel;
        } catch (FileAlreadyExistsException e) {
            throw new RegionExistsException(file);
        } catch (IOException e) {
            throw new RegionAccessException("cannot create region file: file=" + file + ": " + e, e);
        }
    }

    /** Opens an existing region file read-write without following a symlink. */
    static FileChannel openExisting(Path file) {
        refuseSymlink(file);
        try {
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new RegionNotFoundException(file);
        } catch (FileSystemException e) {
            // ELOOP from O_NOFOLLOW when a symlink appeared between the check and the open.
            if (Files.isSymbolicLink(file)) {
                throw new RegionAccessException("refusing to open a symbolic link as a region: file=" + file);
            }
            throw new RegionAccessException("cannot open region file: file=" + file + ": " + e, e);
        } catch (IOException e) {
            throw new RegionAccessException("cannot open region file: file=" + file + ": " + e, e);
        }
    }

    /** Grows the file to {@code size}; on tmpfs and most file systems the new pages stay sparse. */
    static void setSize(FileChannel channel, long size, Path file) {
        try {
            if (channel.size() > size) {
                channel.truncate(size);
            } else if (channel.size() < size) {
                channel.write(ByteBuffer.allocate(1), size - 1);
            }
        } catch (IOException e) {
            throw new RegionAccessException("cannot size region file: file=" + file + " size=" + size
                    + ": " + e, e);
        }
    }

    static long size(FileChannel channel, Path file) {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new RegionAccessException("cannot read region file size: file=" + file + ": " + e, e);
        }
    }

    static void readFully(FileChannel channel, ByteBuffer into, Path file) {
        try {
            while (into.hasRemaining()) {
                if (channel.read(into, into.position()) < 0) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new RegionAccessException("cannot read region header: file=" + file + ": " + e, e);
        }
    }

    static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Renames a fully built region into place, atomically where the file system can. */
    static void moveIntoPlace(Path staging, Path file, boolean replace) {
        try {
            if (replace) {
                Files.move(staging, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the name is taken, unlike rename, which would silently replace it.
                Files.createLink(file, staging);
                Files.delete(staging);
            }
        } catch (FileAlreadyExistsException e) {
            throw new RegionExistsException(file);
        } catch (UnsupportedOperationException | IOException e) {
            if (!replace && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.move(staging, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    return;
                } catch (IOException fallback) {
                    e.addSuppressed(fallback);
                }
            }
            throw new RegionAccessException("cannot move new region into place: file=" + file + ": " + e, e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: the caller is already reporting the failure that led here.
        }
    }

    static void close(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing after a failure; the original failure is what the caller reports.
        }
    }
}
