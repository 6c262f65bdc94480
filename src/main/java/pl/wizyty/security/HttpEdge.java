package pl.wizyty.security;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The security headers of every response that passes the security chain: pages, redirects, Vaadin's UIDL and
 * heartbeat requests, static files and error pages.
 * <ul>
 * <li>Content-Security-Policy: as tight as Vaadin 25's production mode allows. Flow's client needs inline scripts
 * (the bootstrap) and {@code 'unsafe-eval'} (it runs {@code executeJs} through {@code new Function}); Lumo and the
 * components need inline styles. Everything else is this origin only, no frames, no plugins, no foreign forms.
 * HardeningBrowserIT opens every view under it and fails on any violation the browser reports. The origin of the
 * optional statistics script ({@code wizyty.consent.analytics-script-url}) is added when one is set.</li>
 * <li>Referrer-Policy {@code same-origin}: booking numbers are in addresses and never leave for other sites.</li>
 * <li>Permissions-Policy: no camera, microphone, location, payment, USB or other powerful feature.</li>
 * <li>X-Content-Type-Options {@code nosniff}, X-Frame-Options {@code DENY} and {@code frame-ancestors 'none'}.</li>
 * <li>Cache-Control {@code no-store} on every response but static files ({@link PersonalResponses}), so a personal
 * page or UIDL answer never stays in a cache.</li>
 * <li>Strict-Transport-Security on HTTPS requests, including those a TLS proxy forwards with
 * X-Forwarded-Proto (server.forward-headers-strategy=native).</li>
 * </ul>
 */
@Component
class HttpEdge {

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    private final String contentSecurityPolicy;

    HttpEdge(@Value("${wizyty.consent.analytics-script-url:}") String analyticsScriptUrl) {
        this.contentSecurityPolicy = contentSecurityPolicy(analyticsScriptUrl);
    }

    static String contentSecurityPolicy(String analyticsScriptUrl) {
        String analytics = analyticsScriptUrl == null || analyticsScriptUrl.isBlank() ? ""
                : " " + origin(analyticsScriptUrl);
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'" + analytics + "; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'" + analytics + "; "
                + "worker-src 'self'; "
                + "manifest-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-src 'none'; "
                + "frame-ancestors 'none'";
    }

    /**
     * The headers are written before the request is handled, not when the response commits: Vaadin's pages are
     * forwarded to its servlet and commit past Spring Security's lazy writer, which then writes nothing. Caching
     * headers are {@link PersonalResponses}'.
     */
    void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
