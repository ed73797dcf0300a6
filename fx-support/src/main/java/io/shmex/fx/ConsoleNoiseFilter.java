package io.shmex.fx;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps JavaFX's "Unsupported JavaFX configuration" warning off the console: the apps run on the
 * class path by design, so it would greet every start. The log file still records it.
 */
public final class ConsoleNoiseFilter extends Filter<ILoggingEvent> {
    @Override
    public FilterReply decide(ILoggingEvent event) {
        String message = event.getMessage();
        return event.getLoggerName().startsWith("javafx") && message != null
                && message.startsWith("Unsupported JavaFX configuration") ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
