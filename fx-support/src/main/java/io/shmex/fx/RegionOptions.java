package io.shmex.fx;

import io.shmex.error.InvalidRegionNameException;
import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The region options both apps take; add to a command with {@code @Mixin RegionOptions region;}.
 * Bad values fail during parsing, so they are usage errors (exit code 2), not runtime errors.
 */
public final class RegionOptions {
    /** Largest image slot the region format allows. */
    public static final long MAX_CAPACITY = Integer.MAX_VALUE - 64;

    @Option(names = "--region", paramLabel = "NAME|PATH", converter = RegionConverter.class,
            description = "Region name (in the per-user shared-memory folder) or file path. Default: "
                    + RegionPath.DEFAULT_NAME + ".")
    private RegionPath region;

    @Option(names = "--capacity", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Image slot capacity for a new region, e.g. 512k, 10MiB, 1g. Default: 10MiB.")
    private Long capacity;

    /** @return the region given with {@code --region}, or the default region */
    public RegionPath regionPath() {
        return region != null ? region : RegionPath.defaultRegion();
    }

    /** @return the image capacity given with {@code --capacity}, or 10 MiB */
    public long capacityBytes() {
        return capacity != null ? capacity : RegionSpec.DEFAULT_IMAGE_CAPACITY;
    }

    /** @return true if {@code --capacity} was given */
    public boolean capacityGiven() {
        return capacity != null;
    }

    /** @return the default slot layout with {@link #capacityBytes()} for the image */
    public RegionSpec spec() {
        return RegionSpec.defaults(capacityBytes());
    }

    /**
     * Reads a size such as {@code 1048576}, {@code 512k}, {@code 512KiB}, {@code 10m},
     * {@code 10MiB}, {@code 1.5g}. Units are binary whatever their spelling.
     *
     * @param text the size
     * @return bytes, rounded up
     * @throws IllegalArgumentException naming the value if it is not a size
     */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; use e.g. 1048576, 512k, 512KiB, 10m, 10MiB or 1g");
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit.isEmpty() ? ' ' : unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1L << shift))
                .setScale(0, RoundingMode.CEILING);
        if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(MAX_CAPACITY)) > 0) {
            throw new IllegalArgumentException("'" + text + "' is out of range; the capacity must be between 1 byte and "
                    + Messages.bytes(MAX_CAPACITY));
        }
        return bytes.longValueExact();
    }

    private static final Pattern SIZE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)", Pattern.CASE_INSENSITIVE);

    /** Picocli conversion for {@code --capacity}. */
    public static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Picocli conversion for {@code --region}: a bad name is a usage error. */
    public static final class RegionConverter implements ITypeConverter<RegionPath> {
        @Override
        public RegionPath convert(String value) {
            try {
                return RegionPath.parse(value);
            } catch (InvalidRegionNameException e) {
                throw new TypeConversionException("'" + value + "' is not a region name (1 to 64 of A-Z a-z 0-9 . _ -)"
                        + " or a path");
            }
        }
    }
}
