package pl.wizyty.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a person who must sign in to the sign-in page, as Vaadin's configurer does, and remembers when the browser
 * came with a session that no longer exists (it expired, reached its lifetime, or was ended by a sign-out elsewhere),
 * so that the sign-in page can say so. The page they were on, with the choices in its address, is already saved by
 * Spring Security's request cache, so after signing in they return to it.
 */
class SessionLostEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint signIn;

    SessionLostEntryPoint(String loginPath) {
        this.signIn = new LoginUrlAuthenticationEntryPoint(loginPath);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException, ServletException {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            request.getSession().setAttribute(SessionLoss.ATTRIBUTE, Boolean.TRUE);
        }
        signIn.commence(request, response, authException);
    }
}
