package io.shmex.fx;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The apps' {@code main} plumbing around picocli, so both report errors the same way.
 *
 * <p>Exit codes: 0 success (also {@code --help}, {@code --version}); 2 usage error, i.e. a
 * {@link ParameterException} from parsing or thrown by the command itself; 1 any other failure,
 * reported as ONE line {@code <command name>: <plain message>} on stderr with the stack trace in
 * the log file.
 */
public final class Launcher {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a failure at run time. */
    public static final int FAILED = 1;
    /** Exit code for bad command-line usage. */
    public static final int USAGE = 2;
    /** Version reported when the jar manifest has none, e.g. when run from target/classes. */
    public static final String FALLBACK_VERSION = "0.1.0-SNAPSHOT";

    private Launcher() {
    }

    /**
     * Parses {@code args} into {@code command} and runs it. Adds {@code --help} and
     * {@code --version} unless the command declares them. Enum values are case-insensitive.
     *
     * @param command a picocli {@code @Command} that is a {@link Callable}{@code <Integer>} (its
     *     result is the exit code) or a {@link Runnable}
     * @param args the command line
     * @return the exit code
     */
    public static int run(Object command, String[] args) {
        return run(command, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Same as {@link #run(Object, String[])} with explicit streams, for tests.
     *
     * @param command the picocli command
     * @param args the command line
     * @param out receives help, version and the command's own output through picocli
     * @param err receives the one-line error
     * @return the exit code
     */
    public static int run(Object command, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(command);
        CommandSpec spec = cli.getCommandSpec();
        String name = spec.name();
        if (spec.optionsMap().get("--help") == null) {
            spec.mixinStandardHelpOptions(true);
        }
        if (spec.version().length == 0) {
            spec.version(name + " " + version(command.getClass()));
        }
        cli.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ParameterException e, String[] a) -> {
            e.getCommandLine().getErr().println(name + ": " + oneLine(e.getMessage()));
            e.getCommandLine().getErr().println("Try '" + name + " --help' for more information.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> fail(name, e, c.getErr()));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Reports a run-time failure the way {@link #run} does: the stack trace to the log file, one
     * plain line to {@code err}.
     *
     * @param name the command name, e.g. {@code shmex-writer}
     * @param e the failure
     * @param err where the one line goes
     * @return {@link #FAILED}
     */
    public static int fail(String name, Throwable e, PrintWriter err) {
        Logging.quietConsole();
        Logger log = LoggerFactory.getLogger(Launcher.class);
        log.error("{} failed", name, e);
        err.println(name + ": " + oneLine(Messages.describe(e)));
        err.flush();
        return FAILED;
    }

    /**
     * The version in the jar manifest of {@code type}.
     *
     * @param type a class of the app
     * @return its {@code Implementation-Version}, or {@value #FALLBACK_VERSION}
     */
    public static String version(Class<?> type) {
        Package p = type.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK_VERSION : v;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
