package pl.wizyty.base.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Vaadin logs a UIDL message that is not JSON at ERROR with a stack trace of about a hundred lines, from inside its
 * request handler, before any error handler of ours is asked. Anyone can send such a message, so this filter turns
 * that one log call into one WARN line without the stack trace or what was sent (the other client-caused errors go
 * through {@link UnexpectedErrorHandler}). Installed on Logback, Spring Boot's logging system.
 */
@Component
class ClientErrorLogging {

    static final String VAADIN_UIDL_HANDLER = "com.vaadin.flow.server.communication.UidlRequestHandler";
    private static final String NOT_JSON = "Error writing JSON to response";
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    ClientErrorLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(new NotJsonFilter());
        }
    }

    private static final class NotJsonFilter extends TurboFilter {
        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                Throwable error) {
            if (level == Level.ERROR && VAADIN_UIDL_HANDLER.equals(logger.getName()) && NOT_JSON.equals(format)
                    && error != null) {
                log.warn("Refused a client request Vaadin could not use: {} (a UIDL message that is not JSON)",
                        error.getClass().getName());
                return FilterReply.DENY;
            }
            return FilterReply.NEUTRAL;
        }
    }
}
