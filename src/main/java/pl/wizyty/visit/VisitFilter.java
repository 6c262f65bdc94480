package pl.wizyty.visit;

/** The tabs of Moje wizyty: Nadchodzące, Minione, Odwołane. */
public enum VisitFilter {
    UPCOMING, PAST, CANCELLED;

    public String messageKey() {
        return "visits.filter." + name();
    }
}
