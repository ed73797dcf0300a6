/**
 * Fixed-layout codecs for Java records, and the original {@code TestData} record.
 *
 * <p>{@link io.shmex.record.RecordCodec} maps a record to a C-style struct in a
 * {@link java.lang.foreign.MemorySegment}: primitives, {@link io.shmex.record.Length}-sized primitive
 * arrays and {@link io.shmex.record.FixedString} strings, {@link io.shmex.record.Packing#PACKED packed}
 * (the .NET {@code Pack = 1} default) or {@link io.shmex.record.Packing#NATURAL naturally aligned},
 * in either byte order. Its {@link io.shmex.record.RecordCodec#describe() description} and
 * {@link io.shmex.record.RecordCodec#fingerprint() fingerprint} let a reader verify that it expects the
 * layout a writer published. Every failure is an {@link io.shmex.error.ShmexException} subtype naming
 * the record and field.
 */
package io.shmex.record;
