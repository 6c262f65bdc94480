package pl.wizyty.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** One interval in which an office receives visitors on a weekday; a break is the gap between two intervals. */
@Entity
@Table(name = "opening_hours")
public class OpeningHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    /** The first day these hours apply; the set with the latest such day on or before a date is in force. */
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom = LocalDate.of(2000, 1, 1);

    protected OpeningHours() {
    }

    public OpeningHours(Office office, DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        this(office, LocalDate.of(2000, 1, 1), day, opensAt, closesAt);
    }

    public OpeningHours(Office office, LocalDate validFrom, DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("Opening must come before closing");
        }
        this.office = office;
        this.validFrom = validFrom;
        this.dayOfWeek = (short) day.getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }
}
