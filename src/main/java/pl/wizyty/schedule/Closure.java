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

/** The office (no desk) or one desk is closed from the first to the last day, both included. */
@Entity
@Table(name = "closure")
public class Closure {

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

    protected Closure() {
    }

    public Closure(Office office, Long deskId, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A closure ends before it starts");
        }
        this.office = office;
        this.deskId = deskId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
    }

    public Long getDeskId() {
        return deskId;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
