package pl.wizyty.consent;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every cookie the portal can set, gathered from all {@link CookieDeclarations}: the one source of the policy. */
@Component
public class CookieRegistry {

    private final List<CookieDefinition> cookies;

    CookieRegistry(List<CookieDeclarations> declarations) {
        this.cookies = declarations.stream().flatMap(d -> d.cookies().stream())
                .sorted(Comparator.comparing(CookieDefinition::category).thenComparing(CookieDefinition::name))
                .toList();
        long distinct = cookies.stream().map(CookieDefinition::name).distinct().count();
        if (distinct != cookies.size()) {
            throw new IllegalStateException("A cookie is declared twice: " + cookies);
        }
    }

    /** All cookies, necessary ones first. */
    public List<CookieDefinition> all() {
        return cookies;
    }

    public Optional<CookieDefinition> find(String name) {
        return cookies.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
