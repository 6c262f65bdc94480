package pl.wizyty.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An error inside an event listener (a click, a value change) shows a short message in the person's language
 * instead of Vaadin's default error box; the stack trace stays in the log.
 *
 * <p>An error the client caused (a UIDL message that is not JSON, an RPC Vaadin cannot decode or apply) is not the
 * application's fault and anyone can send one: it is logged as one WARN line, the exception's type and where Vaadin
 * refused it, without its message (which may quote what was sent) or a stack trace, so nobody can flood the log.
 */
@Component
class UnexpectedErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /** Thrown while Vaadin read or applied a client's message, before any code of the application ran. */
    static boolean clientCaused(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getName();
            if (type.startsWith("tools.jackson.") || type.startsWith("com.fasterxml.jackson.")
                    || type.startsWith("elemental.json.")) {
                return true;
            }
        }
        StackTraceElement[] trace = error.getStackTrace();
        return Arrays.stream(trace).anyMatch(frame -> frame.getClassName()
                .startsWith("com.vaadin.flow.server.communication."))
                && Arrays.stream(trace).noneMatch(frame -> frame.getClassName().startsWith("pl.wizyty."));
    }

    private static String where(Throwable error) {
        return Arrays.stream(error.getStackTrace()).filter(frame -> frame.getClassName().startsWith("com.vaadin."))
                .findFirst().map(frame -> frame.getClassName() + "." + frame.getMethodName()).orElse("?");
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            if (clientCaused(error)) {
                log.warn("Refused a client request Vaadin could not use: {} at {}", error.getClass().getName(),
                        where(error));
                return;
            }
            log.error("Unexpected error in the UI", error);
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(ui.getTranslation("error.unexpected")));
            }
        }
    }
}
