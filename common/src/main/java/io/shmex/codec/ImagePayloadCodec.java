package io.shmex.codec;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.shmex.error.MalformedPayloadException;
import io.shmex.error.PayloadTooLargeException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;

/**
 * Reads and writes the image payload exactly as the original .NET tutorial lays it out, so Java
 * and .NET processes can share one region:
 *
 * <pre>
 * offset 0      int32 LE  pathLength N
 * offset 4      N bytes   path, UTF-8
 * offset 4+N    int32 LE  imageLength M
 * offset 8+N    M bytes   image
 * </pre>
 *
 * <p>Nothing precedes or follows; the total is {@code 8 + N + M}. Decoding is strict because the
 * slot records the exact payload length: every length is checked against the bytes actually
 * present and leftover bytes are rejected, so damaged or hostile input surfaces as a
 * {@link MalformedPayloadException} naming the field, never as an index or coding exception.
 * Each length field is read exactly once, so a payload changing underneath a decode cannot make
 * the decoder step outside the bounds it validated.
 *
 * <p>Misuse of a segment is the caller's bug and passes through unchanged: a closed arena
 * ({@code IllegalStateException}), a confined segment used from another thread
 * ({@code WrongThreadException}), or a read-only {@code dst} ({@code IllegalArgumentException}).
 */
public final class ImagePayloadCodec {

    /** The single definition of the wire's byte order; .NET's {@code BitConverter} on x86/ARM. */
    private static final ValueLayout.OfInt INT32_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(LITTLE_ENDIAN);

    private static final long LENGTH_FIELD_BYTES = INT32_LE.byteSize();
    private static final long PATH_OFFSET = LENGTH_FIELD_BYTES;
    private static final long HEADER_BYTES = 2 * LENGTH_FIELD_BYTES;

    /** Largest byte[] the JVM reliably allocates; bounds {@link #encode(String, byte[])}. */
    private static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private ImagePayloadCodec() {
    }

    /**
     * Sizes a payload before encoding, e.g. to check it against a slot's capacity, without
     * materialising the path's UTF-8 bytes.
     *
     * @param path the path to be sent
     * @param imageLength the number of image bytes to be sent
     * @return {@code 8 + utf8Length(path) + imageLength}
     * @throws MalformedPayloadException if {@code path} is null or holds an unpaired surrogate, or
     *     {@code imageLength} is negative
     * @throws PayloadTooLargeException if a length does not fit its int32 field
     */
    public static long encodedLength(String path, long imageLength) {
        long pathLength = pathFieldLength(path);
        checkImageLength(imageLength, path);
        return HEADER_BYTES + pathLength + imageLength;
    }

    /**
     * Writes a payload at offset 0 of {@code dst}, typically a region slot. The size check comes
     * first, so a payload that does not fit leaves {@code dst}, and the publication in it, intact.
     *
     * @param path the sender's file path
     * @param image the image bytes
     * @param dst where to write; may be larger than the payload
     * @return the number of bytes written, i.e. the payload length to publish
     * @throws PayloadTooLargeException if the payload is longer than {@code dst}
     * @throws MalformedPayloadException if an argument is null or {@code path} holds an unpaired
     *     surrogate
     */
    public static long encode(String path, byte[] image, MemorySegment dst) {
        byte[] pathBytes = pathBytes(path);
        requireNonNull(image, "image", path);
        long imageOffset = writeHeader(pathBytes, image.length, dst, path);
        MemorySegment.copy(image, 0, dst, JAVA_BYTE, imageOffset, image.length);
        return imageOffset + image.length;
    }

    /**
     * Same as {@link #encode(String, byte[], MemorySegment)} with the image taken from a segment,
     * e.g. a mapped file, so the bytes are copied once, straight into {@code dst}.
     *
     * @param path the sender's file path
     * @param image the image bytes, all of the segment
     * @param dst where to write; may be larger than the payload
     * @return the number of bytes written, i.e. the payload length to publish
     * @throws PayloadTooLargeException if the payload is longer than {@code dst}, or the image
     *     longer than the int32 length field allows
     * @throws MalformedPayloadException if an argument is null or {@code path} holds an unpaired
     *     surrogate
     */
    public static long encode(String path, MemorySegment image, MemorySegment dst) {
        byte[] pathBytes = pathBytes(path);
        requireNonNull(image, "image", path);
        long imageLength = image.byteSize();
        checkImageLength(imageLength, path);
        long imageOffset = writeHeader(pathBytes, imageLength, dst, path);
        MemorySegment.copy(image, 0, dst, imageOffset, imageLength);
        return imageOffset + imageLength;
    }

    /**
     * Encodes into a new array, for callers that are not writing into a region.
     *
     * @param path the sender's file path
     * @param image the image bytes
     * @return the complete payload
     * @throws PayloadTooLargeException if the payload would exceed the largest Java array
     * @throws MalformedPayloadException if an argument is null or {@code path} holds an unpaired
     *     surrogate
     */
    public static byte[] encode(String path, byte[] image) {
        byte[] pathBytes = pathBytes(path);
        requireNonNull(image, "image", path);
        long needed = HEADER_BYTES + pathBytes.length + image.length;
        if (needed > MAX_ARRAY_LENGTH) {
            throw new PayloadTooLargeException(needed, MAX_ARRAY_LENGTH, where(path));
        }
        byte[] payload = new byte[(int) needed];
        MemorySegment dst = MemorySegment.ofArray(payload);
        long imageOffset = writeHeader(pathBytes, image.length, dst, path);
        MemorySegment.copy(image, 0, dst, JAVA_BYTE, imageOffset, image.length);
        return payload;
    }

    /**
     * Decodes a complete payload into an independent copy that outlives the region's next
     * publication.
     *
     * @param payload exactly the published payload bytes, no more
     * @return the path and a copy of the image bytes
     * @throws MalformedPayloadException if the bytes are not a well-formed payload; the message
     *     names the offending field and the lengths involved
     */
    public static ImagePayload decode(MemorySegment payload) {
        Frame frame = frame(payload);
        String path = decodePath(payload, frame);
        byte[] image = payload.asSlice(frame.imageOffset(), frame.imageLength()).toArray(JAVA_BYTE);
        return new ImagePayload(path, image);
    }

    /**
     * Convenience for payloads already held in an array.
     *
     * @param payload exactly the payload bytes, no more
     * @return the path and a copy of the image bytes
     * @throws MalformedPayloadException if the bytes are not a well-formed payload, or are null
     */
    public static ImagePayload decode(byte[] payload) {
        requireNonNull(payload, "payload", null);
        return decode(MemorySegment.ofArray(payload));
    }

    /**
     * Reads only the path, so a reader can decide whether it wants a large image before copying it.
     * The whole payload is validated as in {@link #decode(MemorySegment)}.
     *
     * @param payload exactly the published payload bytes, no more
     * @return the path
     * @throws MalformedPayloadException if the bytes are not a well-formed payload
     */
    public static String decodePath(MemorySegment payload) {
        return decodePath(payload, frame(payload));
    }

    /**
     * Gives the image bytes as a view, without copying, e.g. to hand a large image straight to a
     * decoder. The whole payload, path included, is validated as in {@link #decode(MemorySegment)}.
     *
     * <p>The view aliases the payload: it shares its lifetime and access mode and shows whatever
     * the writer publishes next, so copy out or re-check the publication before trusting it.
     *
     * @param payload exactly the published payload bytes, no more
     * @return a slice of {@code payload} holding just the image bytes
     * @throws MalformedPayloadException if the bytes are not a well-formed payload
     */
    public static MemorySegment imageSlice(MemorySegment payload) {
        Frame frame = frame(payload);
        decodePath(payload, frame);
        return payload.asSlice(frame.imageOffset(), frame.imageLength());
    }

    /** Where the path and the image lie in a payload whose lengths have all been checked. */
    private record Frame(int pathLength, long imageOffset, int imageLength) {
    }

    /** Validates the structure, reading each length field once, and locates path and image. */
    private static Frame frame(MemorySegment payload) {
        requireNonNull(payload, "payload", null);
        long payloadLength = payload.byteSize();
        if (payloadLength < LENGTH_FIELD_BYTES) {
            throw new MalformedPayloadException("payload too short for the pathLength field: needed="
                    + LENGTH_FIELD_BYTES + " payloadLength=" + payloadLength);
        }
        int pathLength = payload.get(INT32_LE, 0);
        long remaining = payloadLength - PATH_OFFSET;
        if (pathLength < 0) {
            throw new MalformedPayloadException("path length is negative: pathLength=" + pathLength
                    + " payloadLength=" + payloadLength);
        }
        if (pathLength > remaining) {
            throw new MalformedPayloadException("path length exceeds payload: pathLength=" + pathLength
                    + " remaining=" + remaining + " payloadLength=" + payloadLength);
        }
        long imageLengthOffset = PATH_OFFSET + pathLength;
        remaining = payloadLength - imageLengthOffset;
        if (remaining < LENGTH_FIELD_BYTES) {
            throw new MalformedPayloadException("payload too short for the imageLength field: offset="
                    + imageLengthOffset + " needed=" + LENGTH_FIELD_BYTES + " remaining=" + remaining
                    + " payloadLength=" + payloadLength);
        }
        int imageLength = payload.get(INT32_LE, imageLengthOffset);
        long imageOffset = imageLengthOffset + LENGTH_FIELD_BYTES;
        remaining = payloadLength - imageOffset;
        if (imageLength < 0) {
            throw new MalformedPayloadException("image length is negative: imageLength=" + imageLength
                    + " payloadLength=" + payloadLength);
        }
        if (imageLength > remaining) {
            throw new MalformedPayloadException("image length exceeds payload: imageLength=" + imageLength
                    + " remaining=" + remaining + " payloadLength=" + payloadLength);
        }
        long trailingBytes = remaining - imageLength;
        if (trailingBytes != 0) {
            throw new MalformedPayloadException("bytes after the image: trailingBytes=" + trailingBytes
                    + " imageLength=" + imageLength + " payloadLength=" + payloadLength);
        }
        return new Frame(pathLength, imageOffset, imageLength);
    }

    /** Strict UTF-8: a lenient decoder would silently turn damaged bytes into U+FFFD. */
    private static String decodePath(MemorySegment payload, Frame frame) {
        ByteBuffer in = ByteBuffer.wrap(payload.asSlice(PATH_OFFSET, frame.pathLength()).toArray(JAVA_BYTE));
        CharsetDecoder decoder = UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int badBytes = e instanceof MalformedInputException m ? m.getInputLength() : 1;
            throw new MalformedPayloadException("path is not valid UTF-8: field=path offset=" + (PATH_OFFSET + in.position())
                    + " badBytes=" + badBytes + " pathLength=" + frame.pathLength());
        }
    }

    /** Fails before the first byte is written, so a rejected payload leaves {@code dst} intact. */
    private static long writeHeader(byte[] pathBytes, long imageLength, MemorySegment dst, String path) {
        requireNonNull(dst, "dst", path);
        long needed = HEADER_BYTES + pathBytes.length + imageLength;
        if (needed > dst.byteSize()) {
            throw new PayloadTooLargeException(needed, dst.byteSize(), where(path));
        }
        dst.set(INT32_LE, 0, pathBytes.length);
        MemorySegment.copy(pathBytes, 0, dst, JAVA_BYTE, PATH_OFFSET, pathBytes.length);
        long imageLengthOffset = PATH_OFFSET + pathBytes.length;
        dst.set(INT32_LE, imageLengthOffset, (int) imageLength);
        return imageLengthOffset + LENGTH_FIELD_BYTES;
    }

    /** The path's UTF-8 bytes, after checking that it encodes losslessly and fits its field. */
    private static byte[] pathBytes(String path) {
        long expected = pathFieldLength(path);
        byte[] bytes = path.getBytes(UTF_8);
        assert bytes.length == expected : "UTF-8 length mismatch for path " + path;
        return bytes;
    }

    /**
     * Counts UTF-8 bytes without allocating. Rejects unpaired surrogates, which
     * {@code getBytes} would silently replace with {@code '?'}, so the path would not round-trip.
     */
    private static long pathFieldLength(String path) {
        requireNonNull(path, "path", null);
        long length = 0;
        int chars = path.length();
        for (int i = 0; i < chars; i++) {
            char c = path.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (!Character.isSurrogate(c)) {
                length += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(path.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                throw new MalformedPayloadException("path is not encodable as UTF-8: field=path unpaired surrogate at index="
                        + i + " path=" + path);
            }
        }
        if (length > Integer.MAX_VALUE) {
            throw new PayloadTooLargeException(length, Integer.MAX_VALUE, "payload=image field=pathLength");
        }
        return length;
    }

    private static void checkImageLength(long imageLength, String path) {
        if (imageLength < 0) {
            throw new MalformedPayloadException("image length is negative: imageLength=" + imageLength + " path=" + path);
        }
        if (imageLength > Integer.MAX_VALUE) {
            throw new PayloadTooLargeException(imageLength, Integer.MAX_VALUE, "payload=image field=imageLength path=" + path);
        }
    }

    private static void requireNonNull(Object value, String field, String path) {
        if (value == null) {
            throw new MalformedPayloadException("image payload argument is null: field=" + field
                    + (path == null ? "" : " path=" + path));
        }
    }

    private static String where(String path) {
        return "payload=image path=" + path;
    }
}
