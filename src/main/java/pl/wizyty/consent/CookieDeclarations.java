package pl.wizyty.consent;

import java.util.List;

/**
 * A feature's cookies. Every feature that sets a cookie (or stores anything in the browser) declares it through a
 * Spring bean of this type, so the cookie policy, which is rendered from the {@link CookieRegistry}, always lists
 * exactly what the portal does.
 */
public interface CookieDeclarations {

    List<CookieDefinition> cookies();
}
