package io.shmex.writer;

import io.shmex.error.WriterActiveException;
import io.shmex.region.Region;
import io.shmex.writer.model.ImageFiles;
import io.shmex.writer.model.ImageSelection;
import io.shmex.writer.model.Publication;
import io.shmex.writer.model.WriterRegions;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The command-line modes: publish, repeat, hold. Errors propagate to the launcher (exit 1). */
final class WriterCli {
    private final WriterCommand cmd;
    private final PrintWriter out;

    WriterCli(WriterCommand cmd, PrintWriter out) {
        this.cmd = cmd;
        this.out = out;
    }

    int run() throws Exception {
        // Check the file before taking the region, so a typo does not disturb a running region.
        ImageSelection image = null;
        if (cmd.publishImage != null) {
            Path file = cmd.publishImage.toAbsolutePath().normalize();
            image = ImageFiles.inspect(file.toString(), ImageFiles.read(file));
        }
        try (Region region = open()) {
            for (int i = 0; i < cmd.repeat; i++) {
                if (i > 0 && cmd.intervalMs > 0) {
                    Thread.sleep(cmd.intervalMs);
                }
                if (image != null) {
                    Publication done = WriterRegions.publishImage(region, image);
                    out.println("seq=" + done.sequence() + " bytes=" + done.bytes() + " region=" + region.path());
                }
                if (cmd.publishStruct) {
                    var data = cmd.testData();
                    Publication done = WriterRegions.publishStruct(region, data);
                    out.println("seq=" + done.sequence() + " " + data);
                }
                out.flush();
            }
            hold();
        }
        return 0;
    }

    private Region open() {
        try {
            return WriterRegions.openForWriting(cmd.region.regionPath(), cmd.region.capacityBytes(),
                    cmd.region.capacityGiven());
        } catch (WriterActiveException e) {
            // Keep the library's words: scripts and tests look for "writer already active (pid N)".
            throw new IllegalStateException("writer already active (pid " + (e.pid() < 0 ? "unknown" : e.pid())
                    + "): another process is publishing to " + cmd.region.regionPath()
                    + "; stop it or choose another --region", e);
        }
    }

    private void hold() throws InterruptedException {
        if (cmd.holdSeconds == null) {
            return;
        }
        if (cmd.holdSeconds == 0) {
            Thread.sleep(Long.MAX_VALUE);
        }
        Thread.sleep(Math.round(cmd.holdSeconds * 1000));
    }
}
