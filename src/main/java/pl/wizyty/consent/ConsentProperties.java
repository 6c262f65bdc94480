package pl.wizyty.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Cookie consent settings ({@code wizyty.consent.*}).
 *
 * @param policyVersion the version of the cookie and privacy policies; raising it asks every visitor again
 * @param analyticsScriptUrl a statistics script added to the page only for visitors who allowed
 *         {@link ConsentCategory#STATISTICS}; none by default
 * @param cookieLifetime how long the consent cookie (and so the choice) lasts
 */
@Validated
@ConfigurationProperties(prefix = "wizyty.consent")
public record ConsentProperties(
        @DefaultValue("1") @NotNull @Pattern(regexp = ConsentCookieCodec.VERSION_PATTERN) String policyVersion,
        @Pattern(regexp = "https://\\S+") String analyticsScriptUrl,
        @DefaultValue("365d") @NotNull Duration cookieLifetime) {

    public boolean hasAnalyticsScript() {
        return analyticsScriptUrl != null && !analyticsScriptUrl.isBlank();
    }
}
