package pl.wizyty.schedule;

/** Whether a day can be booked for a matter, and if not, why: the reason a person is told when they pick it. */
public enum DayAvailability {
    /** At least one free time. */
    FREE,
    /** Open, but every time is taken (or the notice period leaves none). */
    FULL,
    /** The office has no opening hours on that weekday, e.g. a Saturday. */
    CLOSED,
    /** A public holiday. */
    HOLIDAY,
    /** Closed that whole day by an admin's closure (training, renovation, ...). */
    CLOSURE,
    /** Before today. */
    PAST,
    /** Today or later, but inside the matter's notice period. */
    TOO_SOON,
    /** After the last day the matter can be booked for. */
    BEYOND
}
