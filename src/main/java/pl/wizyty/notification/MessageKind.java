package pl.wizyty.notification;

/** What a message tells; the admin page filters and labels by it. */
public enum MessageKind {
    VISIT_BOOKED, VISIT_MOVED, VISIT_CANCELLED, VISIT_REMINDER, PASSWORD_RESET
}
