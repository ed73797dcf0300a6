package io.shmex.record;

import io.shmex.error.MalformedPayloadException;
import io.shmex.error.RecordDefinitionException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/**
 * One {@link FixedString} component: a NUL-terminated string in a fixed number of bytes.
 *
 * <p>UTF-8, US-ASCII and ISO-8859-1 are encoded straight into the segment, char by char, so writing
 * them allocates nothing; other charsets go through a {@link java.nio.charset.CharsetEncoder} and
 * allocate a temporary buffer. Both directions are strict: unpaired surrogates, unmappable characters,
 * NUL characters and malformed stored bytes are reported, never replaced, because a silently altered
 * string is worse than a refused one.
 */
final class FixedStringField {

    private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    private enum Mode { UTF8, ASCII, LATIN1, OTHER }

    private final String field;
    private final String record;
    private final int bytes;
    private final Charset charset;
    private final Mode mode;

    private FixedStringField(String field, String record, int bytes, Charset charset) {
        this.field = field;
        this.record = record;
        this.bytes = bytes;
        this.charset = charset;
        if (charset.equals(StandardCharsets.UTF_8)) {
            mode = Mode.UTF8;
        } else if (charset.equals(StandardCharsets.US_ASCII)) {
            mode = Mode.ASCII;
        } else if (charset.equals(StandardCharsets.ISO_8859_1)) {
            mode = Mode.LATIN1;
        } else {
            mode = Mode.OTHER;
        }
    }

    /** Checks the annotation when the codec is built, so bad definitions never reach encode. */
    static FixedStringField of(FixedString spec, String field, String record) {
        String where = " field=" + field + " record=" + record;
        if (spec.bytes() <= 0) {
            throw new RecordDefinitionException("@FixedString bytes must be positive: bytes=" + spec.bytes() + where);
        }
        Charset charset;
        try {
            charset = Charset.forName(spec.charset());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RecordDefinitionException("unknown charset: charset=" + spec.charset() + where);
        }
        if (!charset.canEncode() || !Arrays.equals("\0".getBytes(charset), new byte[] {0})) {
            throw new RecordDefinitionException("charset cannot hold a NUL-terminated string (\"\\0\" must encode as the single byte 0): charset="
                    + charset.name() + where);
        }
        return new FixedStringField(field, record, spec.bytes(), charset);
    }

    int bytes() {
        return bytes;
    }

    /** @return the describe() label, e.g. {@code string(UTF-8)[16]}; part of the fingerprint */
    String label() {
        return "string(" + charset.name() + ")[" + bytes + "]";
    }

    /** Validation pass of encode: everything that could fail is found here, before any byte is written. */
    void check(String value) {
        if (value == null) {
            throw new MalformedPayloadException("string is null:" + where());
        }
        int length = encodedLength(value);
        if (length > bytes - 1) {
            throw new MalformedPayloadException("string too long: encodedLength=" + length + " max=" + (bytes - 1)
                    + " charset=" + charset.name() + where());
        }
    }

    /** Writes text then zeros to the end of the field; {@link #check} has passed for {@code value}. */
    void write(MemorySegment dst, long offset, String value) {
        long end = offset + bytes;
        long at = switch (mode) {
            case UTF8 -> writeUtf8(dst, offset, value);
            case ASCII, LATIN1 -> writeSingleByte(dst, offset, value);
            case OTHER -> {
                byte[] encoded = encodeOther(value);
                MemorySegment.copy(encoded, 0, dst, BYTE, offset, encoded.length);
                yield offset + encoded.length;
            }
        };
        for (; at < end; at++) {
            dst.set(BYTE, at, (byte) 0);
        }
    }

    /** Reads up to the first NUL; a field without one was not written by a C-style writer. */
    String read(MemorySegment src, long offset) {
        int length = 0;
        while (length < bytes && src.get(BYTE, offset + length) != 0) {
            length++;
        }
        if (length == bytes) {
            throw new MalformedPayloadException("string not NUL-terminated: bytes=" + bytes + where());
        }
        if (length == 0) {
            return "";
        }
        // The bytes are copied once and everything below looks only at the copy, so a writer changing
        // the segment concurrently cannot make validation and decoding disagree.
        byte[] raw = new byte[length];
        MemorySegment.copy(src, BYTE, offset, raw, 0, length);
        return switch (mode) {
            case UTF8 -> {
                int bad = firstInvalidUtf8(raw);
                if (bad >= 0) {
                    throw new MalformedPayloadException("malformed UTF-8 at byte " + bad + ":" + where());
                }
                yield new String(raw, StandardCharsets.UTF_8);
            }
            case ASCII -> {
                for (int i = 0; i < raw.length; i++) {
                    if (raw[i] < 0) {
                        throw new MalformedPayloadException("non-ASCII byte at " + i + ":" + where());
                    }
                }
                yield new String(raw, StandardCharsets.US_ASCII);
            }
            case LATIN1 -> new String(raw, StandardCharsets.ISO_8859_1);
            case OTHER -> {
                try {
                    yield charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(raw))
                            .toString();
                } catch (CharacterCodingException e) {
                    throw new MalformedPayloadException("bytes not decodable as " + charset.name() + ":" + where());
                }
            }
        };
    }

    private String where() {
        return " field=" + field + " record=" + record;
    }

    private int encodedLength(String value) {
        int n = value.length();
        switch (mode) {
            case UTF8 -> {
                long length = 0;
                for (int i = 0; i < n; i++) {
                    char c = value.charAt(i);
                    if (c == 0) {
                        throw nulChar(i);
                    } else if (c < 0x80) {
                        length += 1;
                    } else if (c < 0x800) {
                        length += 2;
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                        length += 4;
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        throw new MalformedPayloadException("unpaired surrogate at index " + i + ":" + where());
                    } else {
                        length += 3;
                    }
                }
                return (int) Math.min(length, Integer.MAX_VALUE);
            }
            case ASCII, LATIN1 -> {
                char limit = mode == Mode.ASCII ? (char) 0x80 : (char) 0x100;
                for (int i = 0; i < n; i++) {
                    char c = value.charAt(i);
                    if (c == 0) {
                        throw nulChar(i);
                    }
                    if (c >= limit) {
                        throw unmappable(i);
                    }
                }
                return n;
            }
            default -> {
                byte[] encoded = encodeOther(value);
                for (int i = 0; i < encoded.length; i++) {
                    if (encoded[i] == 0) {
                        throw new MalformedPayloadException("string contains a NUL byte at " + i + ", which would end it early:" + where());
                    }
                }
                return encoded.length;
            }
        }
    }

    private long writeUtf8(MemorySegment dst, long offset, String value) {
        long at = offset;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                dst.set(BYTE, at++, (byte) c);
            } else if (c < 0x800) {
                dst.set(BYTE, at++, (byte) (0xC0 | c >> 6));
                dst.set(BYTE, at++, (byte) (0x80 | c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                dst.set(BYTE, at++, (byte) (0xF0 | cp >> 18));
                dst.set(BYTE, at++, (byte) (0x80 | cp >> 12 & 0x3F));
                dst.set(BYTE, at++, (byte) (0x80 | cp >> 6 & 0x3F));
                dst.set(BYTE, at++, (byte) (0x80 | cp & 0x3F));
            } else {
                dst.set(BYTE, at++, (byte) (0xE0 | c >> 12));
                dst.set(BYTE, at++, (byte) (0x80 | c >> 6 & 0x3F));
                dst.set(BYTE, at++, (byte) (0x80 | c & 0x3F));
            }
        }
        return at;
    }

    private static long writeSingleByte(MemorySegment dst, long offset, String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            dst.set(BYTE, offset + i, (byte) value.charAt(i));
        }
        return offset + n;
    }

    private byte[] encodeOther(String value) {
        try {
            ByteBuffer encoded = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value));
            byte[] out = new byte[encoded.remaining()];
            encoded.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new MalformedPayloadException("string not encodable in " + charset.name() + ":" + where());
        }
    }

    private MalformedPayloadException nulChar(int index) {
        return new MalformedPayloadException("string contains NUL at index " + index + ", which would end it early:" + where());
    }

    private MalformedPayloadException unmappable(int index) {
        return new MalformedPayloadException("character at index " + index + " not encodable in " + charset.name() + ":" + where());
    }

    /** @return the index of the first byte that breaks RFC 3629 UTF-8, or -1 if all is well-formed */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                if (c == 0xE0) {
                    lo = 0xA0; // overlong
                } else if (c == 0xED) {
                    hi = 0x9F; // surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                if (c == 0xF0) {
                    lo = 0x90; // overlong
                } else if (c == 0xF4) {
                    hi = 0x8F; // past U+10FFFF
                }
            } else {
                return i;
            }
            if (i + length > b.length) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
