package io.shmex.record;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fixes the element count of a primitive-array record component, e.g. {@code @Length(10) int[] scores},
 * the Java spelling of C's {@code int scores[10]} or .NET's {@code [MarshalAs(ByValArray, SizeConst = 10)]}.
 * A Java array carries its length at run time only; a fixed layout needs it when the codec is built.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Length {

    /** @return the exact number of elements stored; must be positive */
    int value();
}
