package pl.wizyty.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InsufficientAuthenticationException;

/** Being sent to sign in because the session was lost is remembered once, for the sign-in page to say so. */
class SessionLostEntryPointTest {

    private final SessionLostEntryPoint entryPoint = new SessionLostEntryPoint("/login");

    @Test
    void a_browser_coming_back_with_a_session_that_is_gone_is_sent_to_sign_in_and_told_once() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/umow-wizyte");
        request.setRequestedSessionId("gone");
        request.setRequestedSessionIdValid(false);
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(request, response, new InsufficientAuthenticationException("sign in"));

        assertThat(response.getRedirectedUrl()).endsWith("/login");
        WrappedHttpSession session = new WrappedHttpSession(request.getSession());
        assertThat(SessionLoss.takeNotice(session)).isTrue();
        assertThat(SessionLoss.takeNotice(session)).as("only once").isFalse();
    }

    @Test
    void a_first_visit_without_a_session_is_sent_to_sign_in_without_being_told_of_a_lost_session() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/moje-wizyty");
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(request, response, new InsufficientAuthenticationException("sign in"));

        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(SessionLoss.takeNotice(new WrappedHttpSession(request.getSession()))).isFalse();
    }
}
