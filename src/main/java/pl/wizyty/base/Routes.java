package pl.wizyty.base;

import pl.wizyty.security.SecurityPaths;

/**
 * The stable addresses a municipality links to from its own pages and letters. Views take their {@code @Route}
 * from here and the frame builds its navigation from here, so the two cannot drift apart.
 */
public final class Routes {

    public static final String HOME = "";
    public static final String LOGIN = SecurityPaths.LOGIN;
    public static final String REGISTRATION = "rejestracja";
    public static final String BOOKING = "umow-wizyte";
    public static final String MY_VISITS = "moje-wizyty";
    public static final String MY_ACCOUNT = "moje-konto";
    public static final String HELP = "pomoc";
    public static final String HELP_VISIT_LIST = "pomoc/lista-umowionych-wizyt";
    public static final String HELP_BOOKING = "pomoc/umawianie-wizyty";
    public static final String HELP_ACCOUNT = "pomoc/konto";
    public static final String PRIVACY_POLICY = "polityka-prywatnosci";
    public static final String COOKIE_POLICY = "polityka-cookies";
    public static final String COOKIE_SETTINGS = "ustawienia-cookies";
    public static final String ACCESSIBILITY_STATEMENT = "deklaracja-dostepnosci";
    public static final String CLERK_DESK = "biurko";
    public static final String ADMIN = "admin";
    public static final String ADMIN_OFFICES = "admin/wydzialy";
    public static final String ADMIN_MATTERS = "admin/sprawy";
    public static final String ADMIN_DESKS = "admin/stanowiska";
    public static final String ADMIN_HOURS = "admin/godziny-otwarcia";
    public static final String ADMIN_CLOSURES = "admin/zamkniecia";
    public static final String ADMIN_STAFF = "admin/pracownicy";
    public static final String ADMIN_AUDIT = "admin/dziennik";
    public static final String ADMIN_MESSAGES = "admin/wiadomosci";
    public static final String FORGOT_PASSWORD = "nie-pamietam-hasla";
    public static final String NEW_PASSWORD = "nowe-haslo";
    /** The link of the e-mail sent after registration: confirms the address (with a button), or sends a new link. */
    public static final String CONFIRM_EMAIL = "potwierdz-adres";

    private Routes() {
    }
}
