package pl.wizyty.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * "Raporty" for an office and a period (both days included): the counts, per matter and per week, the most common
 * reasons for cancelling, the lead time from booking to visit, and the utilisation.
 *
 * @param averageLeadHours  the average time from booking to the visit's start, in hours (null without visits)
 * @param bookedMinutes     the minutes of visits not cancelled
 * @param offeredMinutes    the desk-minutes the office offered (opening hours × active desks, without public holidays
 *                          and whole-day closures)
 */
public record OfficeReport(long officeId, LocalDate from, LocalDate to, Counts total, List<Line> perMatter,
        List<Line> perWeek, List<Reason> reasons, Double averageLeadHours, long bookedMinutes, long offeredMinutes) {

    /** Visits starting in the period: booked (all of them), attended, no-shows, cancelled by whom. */
    public record Counts(long booked, long attended, long noShows, long cancelledByResidents,
            long cancelledByOffice) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(booked + other.booked, attended + other.attended, noShows + other.noShows,
                    cancelledByResidents + other.cancelledByResidents, cancelledByOffice + other.cancelledByOffice);
        }
    }

    /** One line of a breakdown: a matter's name, or the Monday of a week as yyyy-mm-dd. */
    public record Line(String label, Counts counts) {
    }

    public record Reason(String reason, long count) {
    }

    /** Booked minutes over offered minutes, 0 to 1 (more only if visits were booked beyond the hours). */
    public double utilisation() {
        return offeredMinutes == 0 ? 0 : (double) bookedMinutes / offeredMinutes;
    }
}
