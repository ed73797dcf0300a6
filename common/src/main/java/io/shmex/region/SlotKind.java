package io.shmex.region;

/** What a slot carries. */
public enum SlotKind {
    /** Variable-length bytes up to the slot's capacity, e.g. the image payload. */
    BYTES,
    /** One fixed-layout record whose layout fingerprint is stored with the slot. */
    RECORD
}
