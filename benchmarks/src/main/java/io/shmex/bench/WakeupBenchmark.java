package io.shmex.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast, and at what idle cost, a reader in one JVM learns of a publication by a writer in
 * another: the futex wait against the spin/yield/park backoff used where no futex exists. Each
 * strategy runs in its own pair of fresh JVMs on a fresh region, one after the other.
 */
@Command(name = "wakeup-benchmark", mixinStandardHelpOptions = true,
        description = "Cross-process wake-up latency and idle CPU: futex versus backoff.")
public final class WakeupBenchmark implements Callable<Integer> {
    @Option(names = "--events", description = "Publications per strategy (default: ${DEFAULT-VALUE}).")
    int events = 2000;

    @Option(names = "--min-gap-ms", description = "Shortest pause between publications (default: ${DEFAULT-VALUE}).")
    int minGapMs = 2;

    @Option(names = "--max-gap-ms", description = "Longest pause between publications (default: ${DEFAULT-VALUE}).")
    int maxGapMs = 20;

    @Option(names = "--warmup", description = "Wake-ups left out of the histogram while the JIT warms up (default: ${DEFAULT-VALUE}).")
    int warmup = 200;

    @Option(names = "--idle-seconds", description = "Idle period measured for CPU use (default: ${DEFAULT-VALUE}).")
    int idleSeconds = 5;

    /**
     * Runs the benchmark.
     *
     * @param args picocli arguments; see {@code --help}
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new WakeupBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        System.out.printf(Locale.ROOT, "wake-up benchmark: %d publications per strategy, gaps %d-%d ms, idle %d s,"
                + " %d cores%n%n", events, minGapMs, maxGapMs, idleSeconds, Runtime.getRuntime().availableProcessors());
        List<String[]> rows = new ArrayList<>();
        rows.add(run("futex", false));
        rows.add(run("backoff (1 ms cap)", true));
        double futexP50 = Double.parseDouble(rows.get(0)[1]);
        double futexIdle = Double.parseDouble(rows.get(0)[5]);
        System.out.printf(Locale.ROOT, "%-20s %10s %10s %10s %10s %10s %12s %12s%n", "strategy", "p50 us", "p90 us",
                "p99 us", "max us", "idle cpu%", "p50 ratio", "idle ratio");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "%-20s %10s %10s %10s %10s %10s %12.2f %12.2f%n", r[0], r[1], r[2], r[3], r[4],
                    r[5], Double.parseDouble(r[1]) / futexP50,
                    Double.parseDouble(r[5]) / Math.max(futexIdle, 1e-3));
        }
        return 0;
    }

    private String[] run(String label, boolean disableFutex) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("shmex-wakeup");
        Path region = dir.resolve("wakeup.shm");
        try {
            Process writer = jvm(false, WakeupWriter.class, region.toString(), String.valueOf(events),
                    String.valueOf(minGapMs), String.valueOf(maxGapMs), String.valueOf(idleSeconds));
            Process reader = jvm(disableFutex, WakeupReader.class, region.toString(), String.valueOf(events),
                    String.valueOf(idleSeconds), String.valueOf(warmup));
            String result = null;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("RESULT ")) {
                        result = line.substring(7);
                    } else {
                        System.out.println("  [" + label + "] " + line);
                    }
                }
            }
            reader.waitFor();
            writer.waitFor();
            if (result == null) {
                throw new IllegalStateException("reader for " + label + " printed no result");
            }
            String[] fields = result.split(" ");
            return new String[] {label, fields[0], fields[1], fields[2], fields[3], fields[4]};
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Process jvm(boolean disableFutex, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-XX:+UseSerialGC",
                "-Dshmex.futex.disable=" + disableFutex,
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
