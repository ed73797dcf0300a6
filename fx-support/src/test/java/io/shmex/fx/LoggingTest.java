package io.shmex.fx;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingTest {
    @Test
    void javafxSystemLoggerReachesLogback() {
        Logger fx = (Logger) LoggerFactory.getLogger("javafx.scene");
        ListAppender<ILoggingEvent> list = new ListAppender<>();
        list.start();
        fx.addAppender(list);
        fx.setAdditive(false);
        try {
            System.getLogger("javafx.scene").log(System.Logger.Level.WARNING, "via System.Logger");
            System.getLogger("javafx.scene").log(System.Logger.Level.INFO, "below the test threshold");
        } finally {
            fx.detachAppender(list);
            fx.setAdditive(true);
        }
        assertThat(list.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("via System.Logger");
        assertThat(list.list.getFirst().getLoggerName()).isEqualTo("javafx.scene");
    }

    @Test
    void logDirFollowsThePlatform() {
        Path dir = Logging.defaultLogDir();
        assertThat(dir.getFileName().toString()).isIn("shmex", "logs");
        assertThat(dir.isAbsolute()).isTrue();
        assertThat(Logging.logFile().getFileName().toString()).endsWith(".log");
    }
}
