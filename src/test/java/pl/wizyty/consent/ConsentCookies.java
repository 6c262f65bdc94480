package pl.wizyty.consent;

import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.browserless.mocks.MockResponse;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import java.util.Optional;

/** The browser's side of the consent cookie in browserless tests: what the mock request sends and gets back. */
public final class ConsentCookies {

    public static final String NAME = ConsentCookieJar.COOKIE_NAME;

    private ConsentCookies() {
    }

    /** Puts a cookie into the request, as a browser would send it. */
    public static void send(String value) {
        request().addCookie(new Cookie(NAME, value));
    }

    /** A new device or a cleared browser: no cookies and nothing remembered in the session. */
    public static void forget() {
        request().setCookiesInt(new Cookie[0]);
        VaadinSession.getCurrent().getSession().removeAttribute(ConsentCookieJar.SESSION_ATTRIBUTE);
    }

    /** Only the session forgets: the next question reads the cookie again, as after a new page load. */
    public static void newSession() {
        VaadinSession.getCurrent().getSession().removeAttribute(ConsentCookieJar.SESSION_ATTRIBUTE);
    }

    /** The consent cookie the portal last set in the response, if any. */
    public static Optional<Cookie> received() {
        MockResponse response = response();
        Cookie found = null;
        for (Cookie cookie : response.getCookies()) {
            if (NAME.equals(cookie.getName())) {
                found = cookie;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Carries the cookie the portal set into the next requests, as a browser would. */
    public static void keepReceived() {
        Cookie cookie = received().orElseThrow();
        request().setCookiesInt(new Cookie[] {new Cookie(NAME, cookie.getValue())});
        response().getCookies().clear();
    }

    private static MockRequest request() {
        ServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        while (!(request instanceof MockRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (MockRequest) request;
    }

    private static MockResponse response() {
        ServletResponse response = ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();
        while (!(response instanceof MockResponse) && response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        return (MockResponse) response;
    }
}
