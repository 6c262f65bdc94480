package pl.wizyty.visit;

import java.time.Instant;

/** What a person reads about a visit: Umówiona, Odwołana, Zakończona, Nieobecność. */
public enum VisitState {
    UPCOMING, CANCELLED, FINISHED, NO_SHOW;

    static VisitState of(VisitStatus status, Instant endsAt, Instant now) {
        return switch (status) {
            case CANCELLED -> CANCELLED;
            case NO_SHOW -> NO_SHOW;
            case ATTENDED -> FINISHED;
            case BOOKED -> endsAt.isAfter(now) ? UPCOMING : FINISHED;
        };
    }

    public String messageKey() {
        return "visit.state." + name();
    }
}
