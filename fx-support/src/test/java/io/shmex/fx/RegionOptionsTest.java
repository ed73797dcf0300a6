package io.shmex.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shmex.region.RegionPath;
import io.shmex.region.RegionSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

class RegionOptionsTest {
    @Command(name = "t")
    static final class Cmd {
        @Mixin
        RegionOptions region;
    }

    private static RegionOptions parse(String... args) {
        Cmd cmd = new Cmd();
        new CommandLine(cmd).parseArgs(args);
        return cmd.region;
    }

    @ParameterizedTest
    @CsvSource({
        "1048576, 1048576", "1, 1", "512k, 524288", "512K, 524288", "512KiB, 524288", "512kb, 524288",
        "10m, 10485760", "10MiB, 10485760", "10 MiB, 10485760", "1g, 1073741824", "1GiB, 1073741824",
        "1.5m, 1572864", "0.5k, 512", "100b, 100"})
    void parsesSizes(String text, long bytes) {
        assertThat(RegionOptions.parseSize(text)).isEqualTo(bytes);
        assertThat(parse("--capacity", text).capacityBytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "10x", "-1", "10 MiBs", "0", "0k", "3g", "1e6", "k"})
    void rejectsBadSizesNamingTheValue(String text) {
        assertThatThrownBy(() -> RegionOptions.parseSize(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
        assertThatThrownBy(() -> parse("--capacity", text))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("--capacity")
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void defaults() {
        RegionOptions options = parse();
        assertThat(options.regionPath()).isEqualTo(RegionPath.named(RegionPath.DEFAULT_NAME));
        assertThat(options.capacityBytes()).isEqualTo(RegionSpec.DEFAULT_IMAGE_CAPACITY);
        assertThat(options.capacityGiven()).isFalse();
        assertThat(options.spec()).isEqualTo(RegionSpec.defaults());
    }

    @Test
    void regionByNameOrPath(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(parse("--region", "demo").regionPath()).isEqualTo(RegionPath.named("demo"));
        Path file = dir.resolve("x.shm");
        RegionOptions options = parse("--region", file.toString(), "--capacity", "2m");
        assertThat(options.regionPath().file()).isEqualTo(file.toAbsolutePath());
        assertThat(options.spec()).isEqualTo(RegionSpec.defaults(2 * 1024 * 1024));
    }

    @Test
    void badRegionNameIsAUsageError() {
        assertThatThrownBy(() -> parse("--region", "bad name!"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("'bad name!' is not a region name");
    }
}
