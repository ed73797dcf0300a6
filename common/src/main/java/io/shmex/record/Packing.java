package io.shmex.record;

/** How record components are placed one after another; both peers of a region must agree on it. */
public enum Packing {

    /**
     * No gaps: each component starts where the previous one ends, like C#'s
     * {@code StructLayout(LayoutKind.Sequential, Pack = 1)} or C's {@code #pragma pack(1)}. The default,
     * because the original .NET {@code TestData} is laid out this way.
     */
    PACKED,

    /**
     * Each component starts at a multiple of its element size (its natural alignment on x86-64 and
     * AArch64), with zero padding before it, and the total is rounded up to the largest alignment, so a
     * plain C struct of the same members matches byte for byte.
     */
    NATURAL
}
