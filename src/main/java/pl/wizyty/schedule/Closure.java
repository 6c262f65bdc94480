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
import java.time.LocalDate;
import java.time.LocalTime;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Texts;

/** The office (no desk) or one desk is closed from the first to the last day, both included. */
@Entity
@Table(name = "closure")
public class Closure {

    public static final int REASON_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(name = "desk_id")
    private Long deskId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(length = 300)
    private String reason;

    /** Part of each day (both null: the whole day). */
    @Column(name = "from_time")
    private LocalTime fromTime;

    @Column(name = "to_time")
    private LocalTime toTime;

    protected Closure() {
    }

    public Closure(Office office, Long deskId, LocalDate firstDay, LocalDate lastDay, String reason) {
        this(office, deskId, firstDay, lastDay, null, null, reason);
    }

    public Closure(Office office, Long deskId, LocalDate firstDay, LocalDate lastDay, LocalTime fromTime,
            LocalTime toTime, String reason) {
        if (lastDay.isBefore(firstDay)) {
            throw RuleViolation.onField("lastDay", "admin.closure.order");
        }
        if ((fromTime == null) != (toTime == null) || fromTime != null && !fromTime.isBefore(toTime)) {
            throw RuleViolation.onField("toTime", "admin.closure.timeOrder");
        }
        this.office = office;
        this.deskId = deskId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.fromTime = fromTime;
        this.toTime = toTime;
        this.reason = Texts.required("reason", reason, REASON_MAX);
    }

    /** Whether the whole of this day is closed. */
    public boolean coversWholeDay(LocalDate day) {
        return covers(day) && fromTime == null;
    }

    public boolean isPartOfDay() {
        return fromTime != null;
    }

    public Long getId() {
        return id;
    }

    public Office getOffice() {
        return office;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public LocalTime getFromTime() {
        return fromTime;
    }

    public LocalTime getToTime() {
        return toTime;
    }

    public String getReason() {
        return reason;
    }

    public Long getDeskId() {
        return deskId;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
