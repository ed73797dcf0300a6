/**
 * shmex: exchange images and fixed-layout records between processes through a memory-mapped file.
 * Only the API packages are exported; the byte layout, futex and lock machinery stay internal.
 */
module io.shmex.common {
    exports io.shmex.error;
    exports io.shmex.region;
    exports io.shmex.codec;
    exports io.shmex.record;
}
