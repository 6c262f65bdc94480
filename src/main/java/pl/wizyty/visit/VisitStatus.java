package pl.wizyty.visit;

/** The stored state of a visit. What a resident reads ({@link VisitState}) also depends on the time. */
public enum VisitStatus {
    BOOKED, CANCELLED, ATTENDED, NO_SHOW
}
