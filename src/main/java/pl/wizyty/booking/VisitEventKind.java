package pl.wizyty.booking;

public enum VisitEventKind {
    BOOKED, RESCHEDULED, CANCELLED, ATTENDED, NO_SHOW
}
