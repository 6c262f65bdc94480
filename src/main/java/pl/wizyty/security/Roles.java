package pl.wizyty.security;

/** The three kinds of people who sign in. Spring Security sees them as authorities with the {@code ROLE_} prefix. */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String CLERK = "CLERK";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
