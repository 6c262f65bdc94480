package pl.wizyty.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the clerk's agenda shows: an office, a day or a week from a first day, active or cancelled visits, one desk
 * or all (null).
 */
public record AgendaFilter(long officeId, LocalDate firstDay, Period period, Shown shown, Long deskId) {

    public enum Period {
        DAY(1), WEEK(7);

        final int days;

        Period(int days) {
            this.days = days;
        }
    }

    /** Active visits (booked, attended, no-show) by default; cancelled ones apart, so they do not clutter the day. */
    public enum Shown {
        ACTIVE(List.of(VisitStatus.BOOKED, VisitStatus.ATTENDED, VisitStatus.NO_SHOW)),
        CANCELLED(List.of(VisitStatus.CANCELLED));

        final List<VisitStatus> statuses;

        Shown(List<VisitStatus> statuses) {
            this.statuses = statuses;
        }
    }

    public AgendaFilter {
        Objects.requireNonNull(firstDay);
        Objects.requireNonNull(period);
        Objects.requireNonNull(shown);
    }

    public static AgendaFilter day(long officeId, LocalDate day) {
        return new AgendaFilter(officeId, day, Period.DAY, Shown.ACTIVE, null);
    }

    LocalDate endDay() {
        return firstDay.plusDays(period.days);
    }
}
