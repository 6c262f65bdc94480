package pl.wizyty.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last UIDL answer as a String ({@code UIInternals.lastRequestResponse}), to send it again
 * if the browser repeats a message whose answer it did not get. It stays in the session for as long as the person
 * reads the page, and it is as large as the page: the first answer of a view carries its whole component tree
 * (19 KB for Moje wizyty, 31 KB for booking step 1; with a Polish letter Java even stores it two bytes a character).
 * Here it is kept deflated instead, about a sixth of that (issue 15, docs/perf/load-harness.md):
 * <ol>
 * <li>before Vaadin handles a UIDL request (this handler runs first), the session is locked and the kept answer is
 * put back as Vaadin left it, so a repeated message gets exactly the answer it would have got;</li>
 * <li>the lock is held until Vaadin has taken the session's lock for the request itself (it is reentrant), so no
 * other request of the session can deflate the answer in between;</li>
 * <li>after the request the (new) answer is deflated under the session's lock and Vaadin's String is dropped.</li>
 * </ol>
 * Only UIDL requests read or write the answer, and each starts with step 1, so Vaadin never sees it missing.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener, VaadinRequestInterceptor, RequestHandler {

    /** Shorter answers are kept as they are: deflating them saves little. */
    static final int SMALLEST_DEFLATED = 2048;
    private static final String LOCKED = CompactLastResponse.class.getName() + ".locked";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(this);
        event.addVaadinRequestInterceptor(this);
    }

    /** Step 1: before Vaadin's UIDL handler (handlers added here come first); never handles the request itself. */
    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
        if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            return false;
        }
        session.lock();
        request.setAttribute(LOCKED, session);
        UI ui = uiOf(session, request);
        if (ui != null) {
            Deflated kept = ComponentUtil.getData(ui, Deflated.class);
            if (kept != null) {
                ui.getInternals().setLastRequestResponse(kept.inflate());
                ComponentUtil.setData(ui, Deflated.class, null);
            }
        }
        return false;
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // Nothing yet: the session is not known before the handlers run.
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        // The end of the request follows as usual and releases the lock.
    }

    /** Step 3, and the release of step 1's lock if Vaadin's handler has not released it already. */
    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession ignored) {
        if (!(request.getAttribute(LOCKED) instanceof VaadinSession session)) {
            return;
        }
        request.setAttribute(LOCKED, null);
        // Vaadin's handler releases every hold of the session it finds in its thread when it is done, ours too;
        // nothing else holds it at this point, so a hold still there is step 1's.
        if (!session.hasLock()) {
            session.lock();
        }
        try {
            UI ui = uiOf(session, request);
            if (ui != null) {
                String answer = ui.getInternals().getLastRequestResponse();
                if (answer != null && answer.length() >= SMALLEST_DEFLATED) {
                    ComponentUtil.setData(ui, Deflated.class, Deflated.of(answer));
                    ui.getInternals().setLastRequestResponse(null);
                }
            }
        } finally {
            session.unlock();
        }
    }

    private static UI uiOf(VaadinSession session, VaadinRequest request) {
        String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        try {
            return uiId == null ? null : session.getUIById(Integer.parseInt(uiId));
        } catch (NumberFormatException notAUi) {
            return null;
        }
    }

    /** An answer deflated (UTF-8, fastest level: a page's answer takes well under a millisecond). */
    record Deflated(byte[] bytes) implements Serializable {

        static Deflated of(String answer) {
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try {
                deflater.setInput(answer.getBytes(StandardCharsets.UTF_8));
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(answer.length() / 4);
                byte[] buffer = new byte[8192];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Deflated(out.toByteArray());
            } finally {
                deflater.end();
            }
        }

        String inflate() {
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(bytes);
                ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 6);
                byte[] buffer = new byte[8192];
                while (!inflater.finished()) {
                    int read = inflater.inflate(buffer);
                    if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new IOException("truncated");
                    }
                    out.write(buffer, 0, read);
                }
                return out.toString(StandardCharsets.UTF_8);
            } catch (DataFormatException | IOException e) {
                throw new UncheckedIOException(new IOException("A kept UIDL answer could not be read back", e));
            } finally {
                inflater.end();
            }
        }
    }
}
