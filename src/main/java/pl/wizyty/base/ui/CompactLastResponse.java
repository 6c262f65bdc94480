package pl.wizyty.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last UIDL answer as a String ({@code UIInternals.lastRequestResponse}), to send it again
 * when the browser repeats a message whose answer it did not get. It stays in the session for as long as the person
 * reads the page, and it is as large as the page: the first answer of a view carries its whole component tree. One
 * Polish letter (ą, ę, ł, ś, ż …) makes Java store the whole String in UTF-16, two bytes a character. After each UIDL
 * request this writes such characters as JSON escapes (backslash, u, four hex digits: "ą" becomes backslash-u0105),
 * the same JSON for the browser, so the kept String is stored one byte a character: about half the size (issue 15,
 * docs/perf/load-harness.md).
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener, VaadinRequestInterceptor {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // Nothing before the request.
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        // The answer, if any, is compacted at the end of the request as usual.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            return;
        }
        String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        if (uiId == null) {
            return;
        }
        session.lock();
        try {
            UI ui = session.getUIById(Integer.parseInt(uiId));
            if (ui != null) {
                String kept = ui.getInternals().getLastRequestResponse();
                String compact = latin1(kept);
                if (compact != kept) {
                    ui.getInternals().setLastRequestResponse(compact);
                }
            }
        } catch (NumberFormatException notAUi) {
            // Not a UI's request: nothing kept to compact.
        } finally {
            session.unlock();
        }
    }

    /**
     * The same JSON text with every character above U+00FF written as a JSON escape (backslash, u, four hex digits),
     * or the text itself when it has none. Such characters can only stand inside JSON strings (all of JSON's own signs are ASCII), where
     * the escape means the same character; a surrogate pair becomes two escapes, as JSON writes it.
     */
    static String latin1(String json) {
        if (json == null) {
            return null;
        }
        int first = -1;
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) > 0xFF) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 64);
        out.append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF) {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
