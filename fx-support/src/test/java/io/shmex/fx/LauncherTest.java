package io.shmex.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.error.RegionNotFoundException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

class LauncherTest {
    @Command(name = "shmex-test", description = "A test command.")
    static final class Cmd implements Callable<Integer> {
        @Mixin
        RegionOptions region;
        @Mixin
        WindowOptions window;
        @Option(names = "--fail")
        boolean fail;
        @Option(names = "--count")
        int count;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (count < 0) {
                throw new ParameterException(spec.commandLine(), "--count must not be negative");
            }
            if (fail) {
                throw new RegionNotFoundException(Path.of("/nowhere/x.shm"));
            }
            spec.commandLine().getOut().println("ok " + count + " " + window.position());
            return 0;
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.run(new Cmd(), args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void success() {
        assertThat(run("--count", "3", "--window-position", "LEFT")).isZero();
        assertThat(out.toString()).isEqualTo("ok 3 LEFT" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        assertThat(run("--window-position", "right")).isZero();
        assertThat(out.toString()).contains("RIGHT");
    }

    @Test
    void usageErrorsExit2() {
        assertThat(run("--nope")).isEqualTo(Launcher.USAGE);
        assertThat(err.toString()).startsWith("shmex-test: Unknown option: '--nope'")
                .contains("Try 'shmex-test --help'");
    }

    @Test
    void badValuesExit2() {
        assertThat(run("--count", "abc")).isEqualTo(2);
        assertThat(run("--capacity", "12 parsecs")).isEqualTo(2);
        assertThat(err.toString()).contains("'12 parsecs' is not a size");
    }

    @Test
    void parameterExceptionFromTheCommandExits2() {
        assertThat(run("--count", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--count must not be negative");
    }

    @Test
    void failuresExit1WithOnePlainLine() {
        assertThat(run("--fail")).isEqualTo(Launcher.FAILED);
        assertThat(err.toString()).isEqualTo("shmex-test: No region at /nowhere/x.shm yet." + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: shmex-test").contains("--region").contains("--capacity")
                .doesNotContain("--window-position");
        out.getBuffer().setLength(0);
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("shmex-test " + Launcher.FALLBACK_VERSION);
    }
}
