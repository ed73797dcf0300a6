package io.shmex.reader;

import io.shmex.fx.Logging;
import io.shmex.fx.RegionOptions;
import io.shmex.fx.WindowOptions;
import io.shmex.reader.cli.CliActions;
import io.shmex.reader.model.ImageLoader;
import io.shmex.region.RegionPath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code shmex-reader} command line. Without an action it opens the window; with one it runs
 * it and exits: 0 success, 2 usage error, 1 anything else with one line on stderr.
 */
@Command(name = "shmex-reader", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Shows the image and TestData record a shmex writer publishes through shared memory.",
            "Without --read-image, --read-struct or --inspect it opens the reader window."},
        footer = {"", "Examples:",
            "  shmex-reader --region demo --follow",
            "  shmex-reader --region demo --wait 10 --read-image out.png",
            "  shmex-reader --read-struct --json",
            "  shmex-reader --region /tmp/r.shm --inspect", ""})
public final class ReaderCommand implements Callable<Integer> {

    @Option(names = "--region", paramLabel = "NAME|PATH", converter = RegionOptions.RegionConverter.class,
            description = "Region name (in the per-user shared-memory folder) or file path. Default: "
                    + RegionPath.DEFAULT_NAME + ".")
    private RegionPath region;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Action action;

    @Option(names = "--json", description = "With --read-struct or --inspect: print JSON.")
    private boolean json;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "With an action: wait up to SECONDS for the region and a first publication. Default: 0 (fail at once).")
    private double waitSeconds;

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "" + ImageLoader.DEFAULT_MAX_PIXELS,
            description = "Refuse to decode images larger than N pixels (width × height). Default: ${DEFAULT-VALUE}.")
    private long maxPixels;

    @Option(names = "--follow", description = "Window: start in follow mode, showing every new publication.")
    private boolean follow;

    @Mixin
    private WindowOptions window;

    @Spec
    private CommandSpec spec;

    /** The actions; at most one. */
    static final class Action {
        @Option(names = "--read-image", paramLabel = "OUT_FILE",
                description = "Write the latest image's original bytes to OUT_FILE and print path=, bytes=, seq=.")
        Path readImage;

        @Option(names = "--read-struct", description = "Print the latest record as Id=..,Age=..,Scores=.. (or JSON).")
        boolean readStruct;

        @Option(names = "--inspect", description = "Print the region's header, slots, latest sequences and writer.")
        boolean inspect;
    }

    @Override
    public Integer call() {
        validate();
        if (action == null) {
            return ReaderMain.launchGui(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
        }
        // Only the documented output on stdout/stderr; the log file keeps the rest.
        Logging.quietConsole();
        CliActions actions = new CliActions(regionPath(), waitDuration(), spec.commandLine().getOut());
        if (action.readImage != null) {
            actions.readImage(action.readImage);
        } else if (action.readStruct) {
            actions.readStruct(json);
        } else {
            actions.inspect(json);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void validate() {
        CommandLine cli = spec.commandLine();
        if (json && (action == null || action.readImage != null)) {
            throw new ParameterException(cli, "--json works only with --read-struct or --inspect");
        }
        if (!(waitSeconds >= 0) || waitSeconds > 86_400) {
            throw new ParameterException(cli, "--wait must be between 0 and 86400 seconds, not " + waitSeconds);
        }
        if (follow && action != null) {
            throw new ParameterException(cli, "--follow works only in the window, not with --read-image, --read-struct or --inspect");
        }
        if (maxPixels <= 0) {
            throw new ParameterException(cli, "--max-pixels must be positive, not " + maxPixels);
        }
    }

    /** @return the region to read */
    public RegionPath regionPath() {
        return region != null ? region : RegionPath.defaultRegion();
    }

    /** @return the {@code --wait} budget */
    public Duration waitDuration() {
        return Duration.ofNanos((long) (waitSeconds * 1e9));
    }

    /** @return true if the window should start in follow mode */
    public boolean follow() {
        return follow;
    }

    /** @return the {@code --max-pixels} limit */
    public long maxPixels() {
        return maxPixels;
    }

    /** @return the window placement options */
    public WindowOptions window() {
        return window;
    }

    /**
     * Reads GUI options from the raw arguments the JavaFX application received.
     *
     * @param args the command line
     * @return the parsed command
     */
    static ReaderCommand parse(List<String> args) {
        ReaderCommand command = new ReaderCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args.toArray(String[]::new));
        return command;
    }
}
