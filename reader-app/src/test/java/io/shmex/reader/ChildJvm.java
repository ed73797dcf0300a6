package io.shmex.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test class path in another JVM, as a second process would. */
public final class ChildJvm implements AutoCloseable {
    /** Child logs go here rather than into the user's log folder. */
    private static final Path LOG_DIR = Path.of("target", "child-logs").toAbsolutePath();

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer out = new StringBuffer();
    private final CompletableFuture<String> err;
    private final Thread outReader;

    private ChildJvm(Process process) {
        this.process = process;
        outReader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    out.append(line).append('\n');
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        err = CompletableFuture.supplyAsync(() -> {
            try (var in = process.getErrorStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /**
     * Starts {@code mainClass} with the current java binary and class path.
     *
     * @param mainClass e.g. {@code io.shmex.writer.WriterMain}
     * @param args its arguments
     * @return the running child
     */
    public static ChildJvm start(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Dshmex.logDir=" + LOG_DIR);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code mainClass} to completion.
     *
     * @return exit code and output
     */
    public static Result run(String mainClass, String... args) {
        try (ChildJvm child = start(mainClass, args)) {
            return child.await(Duration.ofSeconds(60));
        }
    }

    /** Runs the writer's command line to completion and checks it succeeded. */
    public static Result writer(String... args) {
        Result result = run("io.shmex.writer.WriterMain", args);
        if (result.exitCode() != 0) {
            throw new AssertionError("writer failed: " + result);
        }
        return result;
    }

    /**
     * Waits for a line of standard output that starts with {@code prefix}.
     *
     * @return the line
     */
    public String awaitLine(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && (System.nanoTime() - deadline >= 0 || !process.isAlive() && lines.isEmpty())) {
                    throw new AssertionError("no line starting with '" + prefix + "' from child; stdout=" + out
                            + " stderr=" + (process.isAlive() ? "(running)" : err.join()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits for the child to exit. */
    public Result await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("child did not exit in " + timeout + "; stdout=" + out);
            }
            String stderr = err.get(10, TimeUnit.SECONDS);
            outReader.join(10_000);
            return new Result(process.exitValue(), out.toString(), stderr);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Kills the child at once, like a crash, and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the child's process */
    public Process process() {
        return process;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /**
     * A finished child.
     *
     * @param exitCode its exit code
     * @param out standard output
     * @param err standard error
     */
    public record Result(int exitCode, String out, String err) {
    }
}
