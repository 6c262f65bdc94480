package pl.wizyty.security;

/** The sign-in address, owned here because the security configuration needs it and may not depend on the UI. */
public final class SecurityPaths {

    public static final String LOGIN = "login";

    private SecurityPaths() {
    }
}
