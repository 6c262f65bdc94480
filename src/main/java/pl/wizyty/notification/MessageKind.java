package pl.wizyty.notification;

/** What a message tells; the admin page filters and labels by it. */
public enum MessageKind {
    VISIT_BOOKED, VISIT_MOVED, VISIT_CANCELLED, VISIT_REMINDER, PASSWORD_RESET, EMAIL_CONFIRMATION,
    REGISTRATION_ATTEMPT;

    /** An account e-mail whose link acts for the account's owner: nobody else may read it. */
    boolean carriesSecretLink() {
        return this == PASSWORD_RESET || this == EMAIL_CONFIRMATION;
    }
}
