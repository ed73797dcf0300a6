package io.shmex.fx;

import io.shmex.error.CorruptPayloadException;
import io.shmex.error.InvalidRegionNameException;
import io.shmex.error.LayoutMismatchException;
import io.shmex.error.MalformedPayloadException;
import io.shmex.error.PayloadTooLargeException;
import io.shmex.error.RegionAccessException;
import io.shmex.error.RegionClosedException;
import io.shmex.error.RegionFormatException;
import io.shmex.error.RegionNotFoundException;
import io.shmex.error.WriterActiveException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns library errors into sentences a user can act on. The library's messages are written for
 * logs (key=value context); the apps show these instead and keep the originals in the log file.
 */
public final class Messages {
    private static final Pattern WHERE = Pattern.compile("\\b(?:region|file)=(\\S+?)[:,;]?(?=\\s|$)");
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

    private Messages() {
    }

    /**
     * A plain-words description of a failure, one or two sentences.
     *
     * @param t the failure; wrappers such as {@link CompletionException} are looked through
     * @return text for a status bar, a banner or a dialog header
     */
    public static String describe(Throwable t) {
        t = unwrap(t);
        if (t == null) {
            return "Something went wrong.";
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return switch (t) {
            case RegionNotFoundException e -> "No region at " + e.file() + " yet.";
            case WriterActiveException e -> "Another writer (pid " + (e.pid() < 0 ? "unknown" : e.pid())
                    + ") is already publishing to " + where(msg, "this region") + ".";
            case PayloadTooLargeException e -> "The image needs " + bytes(e.length())
                    + " but the region holds " + bytes(e.capacity()) + ".";
            case LayoutMismatchException e ->
                "The record layout in the region differs from this app's TestData layout."
                        + " Region: " + e.actual() + " App: " + e.expected();
            case RegionFormatException e -> where(msg, "The file") + " is not a shmex region or is damaged: "
                    + stripWhere(msg) + ".";
            case CorruptPayloadException e -> "The latest publication is damaged (checksum mismatch): "
                    + stripWhere(msg) + ".";
            case MalformedPayloadException e -> "The data does not have the expected layout: " + msg + ".";
            case RegionAccessException e -> "Cannot use the region file " + where(msg, "") + ": "
                    + rootCause(e) + ".";
            case RegionClosedException e -> "The region was closed; reopen it and try again.";
            case InvalidRegionNameException e -> "That is not a valid region name: " + msg + ".";
            case NoSuchFileException e -> "File not found: " + e.getFile() + ".";
            case AccessDeniedException e -> "Permission denied: " + e.getFile() + ".";
            case IOException e -> "Cannot read or write a file: " + msg + ".";
            case OutOfMemoryError e -> "Not enough memory: " + msg + ".";
            default -> msg;
        };
    }

    /**
     * Formats a byte count with binary units and at most one decimal, e.g. {@code 1.5 MiB}.
     *
     * @param n bytes
     * @return e.g. {@code 512 B}, {@code 12 KiB}, {@code 1.5 MiB}
     */
    public static String bytes(long n) {
        if (n < 1024 && n > -1024) {
            return n + " B";
        }
        double value = n;
        int unit = -1;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return text + " " + UNITS[unit];
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String where(String msg, String fallback) {
        Matcher m = WHERE.matcher(msg);
        return m.find() ? m.group(1) : fallback;
    }

    private static String stripWhere(String msg) {
        return WHERE.matcher(msg).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == t) {
            return stripWhere(t.getMessage()).replaceFirst(":$", "");
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT) + (m == null ? "" : " (" + m + ")");
    }
}
