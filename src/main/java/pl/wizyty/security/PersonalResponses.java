package pl.wizyty.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the edge's headers as the security chain wrote them. Vaadin writes its own {@code Cache-Control:
 * no-cache} on pages and UIDL responses and {@code X-Frame-Options: SAMEORIGIN} on pages; either would quietly
 * weaken what the chain set. So every response but a static file gets {@code Cache-Control: no-store} (a page or a
 * UIDL answer may carry a person's data, and no-cache still lets a shared cache keep it), and the first
 * X-Frame-Options written stays. Static files (style sheets, images, Vaadin's bundles) keep their own caching.
 */
class PersonalResponses extends OncePerRequestFilter {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";
    private static final Set<String> CACHING = Set.of("cache-control", "pragma", "expires");
    private static final Pattern STATIC = Pattern.compile(
            "^/(VAADIN/(build|static)/|images/|icons/|favicon\\.ico$).*|.*\\.(css|js|svg|png|ico|woff2?)$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean personal = !STATIC.matcher(request.getRequestURI().substring(request.getContextPath().length()))
                .matches();
        if (personal) {
            response.setHeader("Cache-Control", NO_STORE);
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
        }
        chain.doFilter(request, new Guarded(response, personal));
    }

    private static final class Guarded extends HttpServletResponseWrapper {

        private final boolean personal;

        private Guarded(HttpServletResponse response, boolean personal) {
            super(response);
            this.personal = personal;
        }

        @Override
        public void setHeader(String name, String value) {
            if (allowed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (allowed(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (allowed(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (allowed(name)) {
                super.addDateHeader(name, date);
            }
        }

        private boolean allowed(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (personal && CACHING.contains(lower)) {
                return false;
            }
            return !"x-frame-options".equals(lower) || !containsHeader(name);
        }
    }
}
