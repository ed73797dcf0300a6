package io.shmex.record;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a {@code String} record component in exactly {@link #bytes()} bytes, like C's
 * {@code char name[N]}: the encoded text, then NUL bytes up to the end of the field. The text is
 * always NUL-terminated, so its encoded form holds at most {@code bytes - 1} bytes; longer text is
 * refused when encoding, before the destination changes.
 *
 * <p>The charset must encode {@code "\0"} as the single byte 0 (UTF-8, US-ASCII, ISO-8859-x,
 * windows-125x, ...): the terminator is found by its zero byte, which UTF-16 or UTF-32 text contains
 * inside ordinary characters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface FixedString {

    /** @return the field's size in bytes, terminator included; must be positive */
    int bytes();

    /** @return the charset name; any alias {@link java.nio.charset.Charset#forName} accepts */
    String charset() default "UTF-8";
}
