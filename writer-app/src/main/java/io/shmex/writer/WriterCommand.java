package io.shmex.writer;

import io.shmex.fx.Logging;
import io.shmex.fx.RegionOptions;
import io.shmex.fx.WindowOptions;
import io.shmex.record.TestData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code shmex-writer} command line. Without a publish option (or {@code --hold}) it opens
 * the window; otherwise it publishes and exits: 0 success, 2 usage error, 1 anything else with
 * one line on stderr.
 */
@Command(name = "shmex-writer", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Publishes an image and a TestData record to a shmex region in shared memory.",
            "Without --publish-image, --publish-struct or --hold it opens the writer window."},
        footer = {"", "Examples:",
            "  shmex-writer --region demo",
            "  shmex-writer --region demo --publish-image photo.png",
            "  shmex-writer --publish-struct --id 7 --age 30 --scores 1,2,3,4,5,6,7,8,9,10",
            "  shmex-writer --region /tmp/r.shm --capacity 32MiB --publish-image big.jpg --hold 60"})
public final class WriterCommand implements Callable<Integer> {
    @Mixin
    RegionOptions region;

    @Option(names = "--publish-image", paramLabel = "FILE",
            description = "Publish FILE (PNG, JPEG, GIF or BMP) and print seq=, bytes=, region=.")
    Path publishImage;

    @Option(names = "--publish-struct", description = "Publish a TestData record and print seq= and the record.")
    boolean publishStruct;

    @Option(names = "--id", paramLabel = "N", description = "TestData Id. Default: 100.")
    Integer id;

    @Option(names = "--age", paramLabel = "N", description = "TestData Age. Default: 20.")
    Integer age;

    @Option(names = "--scores", paramLabel = "a,b,…", split = ",",
            description = "TestData Scores: exactly 10 comma-separated ints. Default: 60,…,69.")
    int[] scores;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Publish N times. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--interval-ms", paramLabel = "MS", defaultValue = "0",
            description = "Pause between repeats. Default: ${DEFAULT-VALUE}.")
    long intervalMs;

    @Option(names = "--hold", paramLabel = "SECONDS",
            description = "Stay the region's writer for SECONDS after publishing (0 = until killed).")
    Double holdSeconds;

    @Mixin
    WindowOptions window;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        if (publishImage == null && !publishStruct && holdSeconds == null) {
            return WriterMain.launchGui(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
        }
        // Only the documented output on stdout/stderr; the log file keeps the rest.
        Logging.quietConsole();
        return new WriterCli(this, spec.commandLine().getOut()).run();
    }

    /** @return the record described by --id, --age and --scores, defaults from the sample */
    TestData testData() {
        TestData sample = TestData.sample();
        return new TestData(id != null ? id : sample.id(), age != null ? age : sample.age(),
                scores != null ? scores : sample.scores());
    }

    private void validate() {
        if (!publishStruct && (id != null || age != null || scores != null)) {
            throw usage("--id, --age and --scores need --publish-struct");
        }
        if (scores != null && scores.length != TestData.SCORE_COUNT) {
            throw usage("--scores needs exactly " + TestData.SCORE_COUNT + " values, got " + scores.length);
        }
        if (repeat < 1) {
            throw usage("--repeat must be at least 1, got " + repeat);
        }
        if (intervalMs < 0) {
            throw usage("--interval-ms must not be negative, got " + intervalMs);
        }
        if (holdSeconds != null && (holdSeconds < 0 || holdSeconds.isNaN() || holdSeconds.isInfinite())) {
            throw usage("--hold must be 0 or more seconds, got " + holdSeconds);
        }
        boolean publishing = publishImage != null || publishStruct;
        if (!publishing && (repeat != 1 || intervalMs != 0)) {
            throw usage("--repeat and --interval-ms need --publish-image or --publish-struct");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
