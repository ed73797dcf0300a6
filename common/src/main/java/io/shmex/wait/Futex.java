package io.shmex.wait;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * Linux futex wait/wake on a 32-bit word of a shared file mapping, through the libc
 * {@code syscall} downcall. The shared (not private) futex ops are used because the waiter and
 * the waker are different processes mapping the same page.
 *
 * <p>The word is passed as a raw address rather than a {@code MemorySegment}: a downcall that
 * sleeps for up to its timeout would otherwise hold the region's arena open and block
 * {@code close()}. Callers bound every wait, so an unmapped word only ends in a timeout.
 */
public final class Futex {
    private static final int FUTEX_WAIT = 0;
    private static final int FUTEX_WAKE = 1;
    private static final int ETIMEDOUT = 110;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;

    private static final Optional<Futex> INSTANCE = load();

    private final MethodHandle waitHandle;
    private final MethodHandle wakeHandle;
    private final long sysFutex;
    private final VarHandle errnoHandle;
    private final ThreadLocal<Scratch> scratch;

    /** Outcome of a wait; callers re-check their condition in every case. */
    public enum WaitResult {
        /** Woken by a {@link #wake}, or the call was interrupted by a signal. */
        WOKEN,
        /** The word no longer held the expected value when the call started. */
        CHANGED,
        /** The timeout elapsed. */
        TIMED_OUT
    }

    private record Scratch(MemorySegment timespec, MemorySegment capture) {
    }

    private Futex(MethodHandle waitHandle, MethodHandle wakeHandle, long sysFutex, StructLayout captureLayout) {
        this.waitHandle = waitHandle;
        this.wakeHandle = wakeHandle;
        this.sysFutex = sysFutex;
        this.errnoHandle = captureLayout.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
        // Per-thread scratch so waits allocate nothing; the auto arena frees it with the thread.
        this.scratch = ThreadLocal.withInitial(() -> {
            Arena arena = Arena.ofAuto();
            return new Scratch(arena.allocate(16, 8), arena.allocate(captureLayout));
        });
    }

    /** @return the futex on Linux x86_64 or aarch64 when native access works, else empty */
    public static Optional<Futex> get() {
        return INSTANCE;
    }

    private static Optional<Futex> load() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || Boolean.getBoolean("shmex.futex.disable")) {
            return Optional.empty();
        }
        long nr = switch (arch) {
            case "amd64", "x86_64" -> 202;
            case "aarch64", "arm64" -> 98;
            default -> -1;
        };
        if (nr < 0) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            MemorySegment syscall = linker.defaultLookup().find("syscall").orElseThrow();
            // long syscall(long nr, int* uaddr, int op, int val, struct timespec* ts)
            FunctionDescriptor fd = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, ADDRESS);
            StructLayout capture = Linker.Option.captureStateLayout();
            MethodHandle wait = linker.downcallHandle(syscall, fd, Linker.Option.firstVariadicArg(1),
                    Linker.Option.captureCallState("errno"));
            MethodHandle wake = linker.downcallHandle(syscall, fd, Linker.Option.firstVariadicArg(1));
            Futex futex = new Futex(wait, wake, nr, capture);
            futex.warmUp();
            return Optional.of(futex);
        } catch (Throwable t) {
            // No native access (e.g. --illegal-native-access=deny) or no libc syscall: fall back.
            return Optional.empty();
        }
    }

    /** Cold downcall handles cost tens of microseconds; pay that at start-up, not on a wake-up. */
    private void warmUp() throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment word = arena.allocate(4, 4);
            for (int i = 0; i < 200; i++) {
                wait(word.address(), 1, 1);
                wake(word.address());
            }
        }
    }

    /**
     * Sleeps while the word at {@code address} holds {@code expected}, for at most the timeout.
     *
     * @param address native address of a 4-byte-aligned word in a shared mapping
     * @param expected the value seen before deciding to sleep
     * @param timeoutNanos the most to sleep, in nanoseconds
     * @return why the call returned
     */
    public WaitResult wait(long address, int expected, long timeoutNanos) {
        Scratch s = scratch.get();
        long nanos = Math.max(0, timeoutNanos);
        s.timespec.set(JAVA_LONG, 0, nanos / 1_000_000_000L);
        s.timespec.set(JAVA_LONG, 8, nanos % 1_000_000_000L);
        try {
            long rc = (long) waitHandle.invokeExact(s.capture, sysFutex, address, FUTEX_WAIT, expected, s.timespec);
            if (rc == 0) {
                return WaitResult.WOKEN;
            }
            int errno = (int) errnoHandle.get(s.capture, 0L);
            return switch (errno) {
                case ETIMEDOUT -> WaitResult.TIMED_OUT;
                case EAGAIN -> WaitResult.CHANGED;
                case EINTR -> WaitResult.WOKEN;
                default -> WaitResult.TIMED_OUT;
            };
        } catch (Throwable t) {
            throw new IllegalStateException("futex wait failed", t);
        }
    }

    /**
     * Wakes every process sleeping on the word.
     *
     * @param address native address of the word
     */
    public void wake(long address) {
        try {
            long ignored = (long) wakeHandle.invokeExact(sysFutex, address, FUTEX_WAKE, Integer.MAX_VALUE,
                    MemorySegment.NULL);
        } catch (Throwable t) {
            throw new IllegalStateException("futex wake failed", t);
        }
    }
}
