/**
 * The image payload codec, byte-compatible with the original .NET layout: int32 little-endian path
 * length, UTF-8 path, int32 little-endian image length, image bytes, and nothing else.
 *
 * <p>{@link io.shmex.codec.ImagePayloadCodec} works on {@link java.lang.foreign.MemorySegment}s so
 * that a region slot is written and read in place; {@link io.shmex.codec.ImagePayload} is the
 * decoded value. Every failure is an {@link io.shmex.error.ShmexException} naming the field at
 * fault: malformed input is a {@link io.shmex.error.MalformedPayloadException}, a payload that does
 * not fit is a {@link io.shmex.error.PayloadTooLargeException}.
 */
package io.shmex.codec;
