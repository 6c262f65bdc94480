package pl.wizyty.visit;

public enum VisitEventKind {
    BOOKED, RESCHEDULED, CANCELLED, ATTENDED, NO_SHOW
}
