package pl.wizyty.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sessions ({@code wizyty.session.*}). The idle time is the servlet container's session timeout
 * ({@code server.servlet.session.timeout}, 30 minutes) together with Vaadin's {@code closeIdleSessions}.
 *
 * @param absoluteLifetime how long after signing in a person must sign in again, however active
 */
@ConfigurationProperties(prefix = "wizyty.session")
public record SessionProperties(@DefaultValue("12h") Duration absoluteLifetime) {
}
